import type { FastifyInstance } from 'fastify';
import type { Orm } from '../../platform/database.js';
import type { Logger } from '../../platform/logger.js';
import { registerTalkMediaRoutes } from '../talk/talk.media-routes.js';
import { createMediaStore, type MediaConfig } from './media.config.js';
import { demoMediaDirectory } from './media.store.js';
import { registerUploadRoutes } from './media.uploads.js';

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
