import { Field, ID, InputType } from 'type-graphql';
import { WebhookEvent } from './webhook.entities.js';

@InputType({ description: 'A new webhook.' })
export class WebhookInput {
  @Field(() => String, { description: 'Where to POST events: http or https, a public address.' })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'The events to receive.' })
  events!: WebhookEvent[];

  @Field(() => ID, {
    nullable: true,
    description: 'The API token it belongs to, when signed in; with a token, the webhook belongs to that token.',
  })
  token?: string | null;
}
