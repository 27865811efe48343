import { readableOutputWhere } from '../content/content.policy.js';
import { defineModule } from '../module.js';
import { WorkshopOutput } from './output.entity.js';
import {
  TalkOutputsFieldResolver,
  ViewerOutputsResolver,
  WorkshopOutputResolver,
  WorkshopOutputsFieldResolver,
} from './output.resolver.js';
import { ReportOutputsFieldResolver } from './report-outputs.resolver.js';
import { outputSearch } from './output.search.js';

export const registration = defineModule({
  name: 'outcome',
  entities: [WorkshopOutput],
  resolvers: [
    TalkOutputsFieldResolver,
    ViewerOutputsResolver,
    WorkshopOutputResolver,
    WorkshopOutputsFieldResolver,
    ReportOutputsFieldResolver,
  ],
  nodes: {
    WorkshopOutput: (ctx, id) => ctx.loaders.byId(WorkshopOutput, readableOutputWhere(ctx.viewer)).load(id),
  },
  listOrders: [[WorkshopOutput, [['created_at', 'desc']]]],
  search: [outputSearch],
});
