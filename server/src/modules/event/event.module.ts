import { defineModule } from '../module.js';
import { Event, Workshop } from './event.entity.js';
import { EventMutations, EventResolver, WorkshopMutations, WorkshopResolver } from './event.resolver.js';
import { eventSearch } from './event.search.js';
import { workshopSearch } from './workshop.search.js';

export const registration = defineModule({
  name: 'event',
  entities: [Event, Workshop],
  resolvers: [EventMutations, EventResolver, WorkshopMutations, WorkshopResolver],
  listOrders: [
    [Workshop, [['starts_at', 'asc']]],
    [Event, [['starts_at', 'desc']]],
  ],
  search: [eventSearch, workshopSearch],
});
