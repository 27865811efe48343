import { defineModule } from '../module.js';
import { MethodParty } from './method-party.entity.js';
import { Method } from './method.entity.js';
import { MethodMutations, MethodResolver } from './method.resolver.js';
import { MethodPartyResolver, MethodPracticeResolver } from './practice.resolver.js';
import { methodSearch } from './method.search.js';

export const registration = defineModule({
  name: 'method',
  entities: [Method, MethodParty],
  resolvers: [MethodMutations, MethodResolver, MethodPartyResolver, MethodPracticeResolver],
  listOrders: [
    [
      Method,
      [
        ['evidence_score', 'desc'],
        ['name', 'asc'],
      ],
    ],
    [MethodParty, [['position', 'asc']]],
  ],
  search: [methodSearch],
});
