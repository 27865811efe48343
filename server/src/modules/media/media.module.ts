import { defineModule } from '../module.js';
import { MediaFile } from './media-file.entity.js';

export const registration = defineModule({
  name: 'media',
  entities: [MediaFile],
});
