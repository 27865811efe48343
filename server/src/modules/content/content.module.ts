import { defineModule } from '../module.js';
import { BaseEntity, ContentEntity } from './content.entity.js';
import { ContentMutations } from './content.resolver.js';

export const registration = defineModule({
  name: 'content',
  entities: [BaseEntity, ContentEntity],
  resolvers: [ContentMutations],
});
