import type { EntityClass, EventSubscriber, MigrationObject } from '@mikro-orm/core';
import { domainEntities, domainMigrations, domainSubscribers } from './modules/registry.js';
import { migrationsList } from './platform/migrations/index.js';
import { inTimeOrder } from './platform/migrations/order.js';
import { SearchOutbox } from './search/outbox.entity.js';
import { SearchOutboxSubscriber } from './search/outbox.subscriber.js';

/** What the database layer needs from the domain: the entities and the flush subscribers. */
export interface DomainModel {
  entities: readonly EntityClass<object>[];
  /** Fresh subscribers for each ORM instance. */
  subscribers(): EventSubscriber[];
  /** Every migration, the platform's and the modules', in the order they run. */
  migrations: readonly MigrationObject[];
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
  migrations: inTimeOrder(migrationsList, domainMigrations),
};
