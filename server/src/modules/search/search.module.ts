import { defineModule } from '../module.js';
import { SearchResolver } from './search.resolver.js';

export const registration = defineModule({
  name: 'search',
  resolvers: [SearchResolver],
});
