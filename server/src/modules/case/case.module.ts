import { defineModule } from '../module.js';
import { Case } from './case.entity.js';
import { CaseMutations, CaseResolver } from './case.resolver.js';
import { caseSearch } from './case.search.js';

export const registration = defineModule({
  name: 'case',
  entities: [Case],
  resolvers: [CaseMutations, CaseResolver],
  listOrders: [[Case, [['year', 'desc']]]],
  search: [caseSearch],
});
