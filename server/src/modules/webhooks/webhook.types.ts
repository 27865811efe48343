import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { UserError } from '../../graphql/payload.js';
import { Webhook, WebhookDelivery } from './webhook.entities.js';

export const WebhookConnection = connectionType(Webhook, 'Webhook', 'A page of webhooks.');
export const WebhookDeliveryConnection = connectionType(WebhookDelivery, 'WebhookDelivery', 'A page of deliveries.');
@ObjectType({ description: 'The new webhook and its signing secret (shown only now).' })
export class CreateWebhookPayload {
  @Field(() => Webhook, { nullable: true, description: 'The webhook.' })
  webhook!: Webhook | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret to verify signatures with (docs/webhooks.md); it is not shown again.',
  })
  secret!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
@ObjectType({ description: 'The result of deleting a webhook.' })
export class DeleteWebhookPayload {
  @Field(() => ID, { nullable: true, description: 'The deleted webhook’s ID.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
@ObjectType({ description: 'The new delivery queued by a redelivery.' })
export class RedeliverPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The new delivery (PENDING).' })
  delivery!: WebhookDelivery | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
