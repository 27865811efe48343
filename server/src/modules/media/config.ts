import path from 'node:path';
import type { Config } from '../../config.js';
import { createS3MediaStore } from './s3-store.js';
import { createLocalMediaStore, type MediaStore } from './store.js';

/** The settings the media store and upload routes read. */
export type MediaConfig = Pick<
  Config,
  | 'MEDIA_STORE'
  | 'MEDIA_DIR'
  | 'MEDIA_MAX_UPLOAD_BYTES'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_BUCKET'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'dataDir'
>;

/** The media store the configuration asks for: MEDIA_STORE=s3, or a folder (MEDIA_DIR, default DATA_DIR/media). */
export function createMediaStore(config: MediaConfig): MediaStore {
  if (config.MEDIA_STORE === 's3') return createS3MediaStore(config);
  return createLocalMediaStore(path.resolve(config.MEDIA_DIR ?? path.join(config.dataDir, 'media')));
}
