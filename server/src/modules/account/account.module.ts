import { defineModule } from '../module.js';
import { AccountResolver } from './account.resolver.js';

export const registration = defineModule({
  name: 'account',
  resolvers: [AccountResolver],
});
