import type { EntityClass, EventSubscriber } from '@mikro-orm/core';
import { AlertsSubscriber } from './modules/alerts/alerts.subscriber.js';
import { ThreadVisibilitySubscriber } from './modules/discussion/thread-visibility.subscriber.js';
import { entities } from './modules/entities.js';
import { PersonalDataSubscriber } from './modules/privacy/personal-data.subscriber.js';
import { WebhookSubscriber } from './modules/webhooks/webhook.subscriber.js';
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
  entities,
  // Every change to a row search shows queues its re-indexing in the same transaction.
  subscribers: () => [
    new SearchOutboxSubscriber(),
    new PersonalDataSubscriber(),
    new ThreadVisibilitySubscriber(),
    new AlertsSubscriber(),
    new WebhookSubscriber(),
  ],
};
