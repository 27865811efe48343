import { defineModule } from '../module.js';
import { registerMediaRoutes } from './media.http.js';
import { MediaFile } from './media-file.entity.js';

export const registration = defineModule({
  name: 'media',
  entities: [MediaFile],
  routes: (app, { config, orm, logger }) => registerMediaRoutes(app, { config, orm, logger }),
});
