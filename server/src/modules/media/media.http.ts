import type { FastifyInstance } from 'fastify';
import type { Orm } from '../../platform/database.js';
import type { Logger } from '../../platform/logger.js';
import { registerTalkMediaRoutes } from '../talk/talk.http.js';
import { createMediaStore, type MediaConfig } from './config.js';
import { demoMediaDirectory } from './store.js';
import { registerUploadRoutes } from './uploads.http.js';

/** Talk video uploads (tus, /media/uploads) and playback (/media/talks/…), on the configured media store. */
export function registerMediaRoutes(
  app: FastifyInstance,
  deps: { config: MediaConfig; orm: Orm; logger: Logger },
): void {
  const store = createMediaStore(deps.config);
  registerUploadRoutes(app, {
    orm: deps.orm,
    store,
    maxBytes: deps.config.MEDIA_MAX_UPLOAD_BYTES,
    logger: deps.logger,
  });
  registerTalkMediaRoutes(app, { orm: deps.orm, store, demoDirectory: demoMediaDirectory() });
}
