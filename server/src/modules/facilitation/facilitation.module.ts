import { defineModule } from '../module.js';
import { WorkshopBriefing } from './briefing.entity.js';
import { WorkshopBriefingFieldResolver, WorkshopBriefingResolver } from './briefing.resolver.js';

export const registration = defineModule({
  name: 'facilitation',
  entities: [WorkshopBriefing],
  resolvers: [WorkshopBriefingFieldResolver, WorkshopBriefingResolver],
});
