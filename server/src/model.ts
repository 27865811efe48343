import type { EntityClass, EventSubscriber } from '@mikro-orm/core';
import { domainEntities, domainSubscribers } from './modules/registry.js';
import { SearchOutbox } from './search/outbox.entity.js';
import { SearchOutboxSubscriber } from './search/outbox.subscriber.js';

/** What the database layer needs from the domain: the entities and the flush subscribers. */
export interface DomainModel {
  entities: readonly EntityClass<object>[];
  /** Fresh subscribers for each ORM instance. */
  subscribers(): EventSubscriber[];
}

/**
 * The application's model, wired once at the top so `platform/` never imports domain code: whatever opens the
 * database (the app, CLIs, tests, benchmarks) passes this to `openDatabase`.
 */
export const domainModel: DomainModel = {
  entities: [...domainEntities, SearchOutbox],
  // Every change to a row search shows queues its re-indexing in the same transaction, before the modules'
  // subscribers add rows of their own (notifications, webhook deliveries).
  subscribers: () => [new SearchOutboxSubscriber(), ...domainSubscribers()],
};
