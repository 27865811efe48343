import { defineModule } from '../module.js';
import { Migration20261221110000_webhooks } from './webhook.migrations.js';
import { Webhook, WebhookDelivery } from './webhook.entities.js';
import { WebhookDeliveryResolver, WebhookResolver } from './webhook.resolver.js';
import { WebhookSubscriber } from './webhook.subscriber.js';

export const registration = defineModule({
  name: 'webhooks',
  entities: [Webhook, WebhookDelivery],
  resolvers: [WebhookDeliveryResolver, WebhookResolver],
  subscribers: () => [new WebhookSubscriber()],
  migrations: [Migration20261221110000_webhooks],
});
