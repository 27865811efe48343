import { defineModule } from '../module.js';
import { Report } from './report.entity.js';
import { ReportMutations, ReportResolver } from './report.resolver.js';
import { reportSearch } from './report.search.js';

export const registration = defineModule({
  name: 'report',
  entities: [Report],
  resolvers: [ReportMutations, ReportResolver],
  listOrders: [[Report, [['published_on', 'desc']]]],
  search: [reportSearch],
});
