import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Event } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'Where a registration for a meeting stands.',
  valuesConfig: {
    CONFIRMED: { description: 'The member has a seat.' },
    WAITLISTED: {
      description: 'On the waiting list; moves up automatically when a seat frees (first come, first served).',
    },
    CANCELLED: { description: 'Cancelled by the member.' },
  },
});

/**
 * One member's registration for one event. A member has at most one row per event: cancelling and registering
 * again reuses it with a new place in the queue. `sequence` is the queue order, handed out under the event's row
 * lock, so the waiting list is strictly first come, first served.
 */
@ObjectType({
  implements: Node,
  description: 'A member’s registration for a meeting: a seat, a place on the waiting list, or cancelled.',
})
@Entity()
@Unique({ properties: ['event', 'member'] })
@Index({ properties: ['event', 'status', 'sequence'] })
export class Registration extends BaseEntity {
  @ManyToOne(() => Event, { ref: true, deleteRule: 'cascade' })
  event!: Ref<Event>;

  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade', index: true })
  member!: Ref<Member>;

  /** The organisation the member registered from, for per-organisation seat limits. */
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Field(() => RegistrationStatus, { description: 'Seat, waiting list or cancelled.' })
  @Enum({ items: () => RegistrationStatus })
  status!: RegistrationStatus;

  @Property({ type: 'integer' })
  sequence!: number;

  @Field(() => Date, { description: 'When the member (last) registered; the waiting list goes by this order.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  registeredAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When the seat was confirmed (possibly from the waiting list).' })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the registration was cancelled.' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;
}
