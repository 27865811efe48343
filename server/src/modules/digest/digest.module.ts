import { defineModule } from '../module.js';
import { DigestResolver } from './digest.resolver.js';

export const registration = defineModule({
  name: 'digest',
  resolvers: [DigestResolver],
});
