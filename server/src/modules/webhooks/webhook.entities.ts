import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApiToken } from '../auth/auth.entities.js';
import { BaseEntity } from '../content/content.entity.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

export enum WebhookEvent {
  PUBLISHED = 'PUBLISHED',
  RATING_CHANGED = 'RATING_CHANGED',
  COMMENT_ADDED = 'COMMENT_ADDED',
}
registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'What a webhook is told about; only what its token’s member may read, when it is delivered.',
  valuesConfig: {
    PUBLISHED: { description: 'Knowledge content (case, method, study, event, talk, workshop, report) was published.' },
    RATING_CHANGED: { description: 'An evidence rating was added or its grade changed (with old and new grade).' },
    COMMENT_ADDED: { description: 'A new comment was written in a discussion.' },
  },
});

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(DeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first or next attempt.' },
    DELIVERED: { description: 'The receiver answered with a 2xx status.' },
    FAILED: { description: 'Every attempt failed; redeliver it to try again.' },
    SKIPPED: {
      description: 'Not sent: the token was revoked or expired, or its member may no longer read what it is about.',
    },
  },
});

/** An integrator's endpoint, bound to one API token: it hears only what that token's member may read. */
@ObjectType({ description: 'A signed webhook: Vidensbro POSTs events to its URL.' })
@Entity()
export class Webhook extends BaseEntity {
  @ManyToOne(() => ApiToken, { ref: true, deleteRule: 'cascade', index: true })
  token!: Ref<ApiToken>;

  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade', index: true })
  member!: Ref<Member>;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade', index: true })
  organisation!: Ref<Organisation>;

  @Field(() => String, { description: 'Where events are POSTed (http or https, a public address).' })
  @Property({ type: 'string', length: 1000 })
  url!: string;

  /** The signing secret; shown once, when the webhook is created. */
  @Property({ type: 'string', length: 100, hidden: true })
  secret!: string;

  @Field(() => [WebhookEvent], { description: 'The events it receives.' })
  @Enum({ items: () => WebhookEvent, array: true })
  events!: WebhookEvent[];
}

/** One event for one webhook: a durable queue row that is also the delivery log. */
@ObjectType({ description: 'One delivery of an event to a webhook, with its attempts.' })
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
export class WebhookDelivery extends BaseEntity {
  @ManyToOne(() => Webhook, { ref: true, deleteRule: 'cascade', index: true })
  webhook!: Ref<Webhook>;

  @Field(() => WebhookEvent, { description: 'The event.' })
  @Enum({ items: () => WebhookEvent })
  event!: WebhookEvent;

  /** What the event is about, for the read rule at delivery: a content type or `Thread`, and its uuid. */
  @Property({ type: 'string', length: 40 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The JSON body sent (without the delivery's own id and time, which are added per attempt). */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Field(() => DeliveryStatus, { description: 'Where the delivery stands.' })
  @Enum({ items: () => DeliveryStatus, default: DeliveryStatus.PENDING })
  status: Opt<DeliveryStatus> = DeliveryStatus.PENDING;

  @Field(() => Int, { description: 'How many attempts were made.' })
  @Property({ type: 'smallint', default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due, while PENDING.' })
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt: Date | null = new Date();

  @Field(() => Date, { nullable: true, description: 'When the last attempt was made.' })
  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null when none came.' })
  @Property({ type: 'smallint', nullable: true })
  responseCode: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, when it did.' })
  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;
}
