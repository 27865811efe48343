import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Comment } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { Event } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { EvidenceScheme } from '../evidence/evidence.enums.js';
import type { Study } from '../evidence/study.entity.js';
import type { Method } from '../method/method.entity.js';

export enum NotificationKind {
  MENTION = 'MENTION',
  NEW_COMMENT = 'NEW_COMMENT',
  REPLY = 'REPLY',
  ANSWER = 'ANSWER',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  MEMBERSHIP_RENEWAL = 'MEMBERSHIP_RENEWAL',
  RATING_CHANGED = 'RATING_CHANGED',
  GAP_RESULTS = 'GAP_RESULTS',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Why a member is notified.',
  valuesConfig: {
    MENTION: { description: 'Someone mentioned you.' },
    NEW_COMMENT: { description: 'A new comment in a thread or on something you follow.' },
    REPLY: { description: 'Someone replied to your comment.' },
    ANSWER: { description: 'Your reply was marked as the answer.' },
    WAITLIST_PROMOTED: {
      description: 'A seat freed up at a meeting and you moved up from the waiting list: your seat is confirmed.',
    },
    MEMBERSHIP_RENEWAL: {
      description:
        'Your organisation’s membership year ends soon: renew it (organisation admins; cannot be turned off).',
    },
    RATING_CHANGED: {
      description:
        'An evidence rating of a method you follow (or filed under a topic you follow) was added or changed: see `method`, `scheme`, `oldGrade`, `newGrade` and `source`.',
    },
    GAP_RESULTS: {
      description: 'Results arrived for a knowledge gap you follow: a study linked to it was published (see `study`).',
    },
  },
});

@ObjectType({
  implements: Node,
  description: 'Something that happened in a discussion you take part in or follow, or to your meeting registration.',
})
@Entity()
export class Notification extends BaseEntity {
  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade' })
  member!: Ref<Member>;

  @Field(() => NotificationKind, { description: 'What happened.' })
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  /** The thread, for discussion notifications; null for meeting notifications. */
  @ManyToOne(() => Thread, { ref: true, nullable: true, deleteRule: 'cascade' })
  thread: Ref<Thread> | null = null;

  /** The meeting, for registration notifications; null for discussion notifications. */
  @ManyToOne(() => Event, { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  event: Ref<Event> | null = null;

  @ManyToOne(() => Comment, { ref: true, nullable: true, deleteRule: 'cascade' })
  comment: Ref<Comment> | null = null;

  /** The method, for RATING_CHANGED and method gaps; its read rule applies when the notification is read. */
  @ManyToOne('Method', { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  method: Ref<Method> | null = null;

  /** The study whose publication brought results, for GAP_RESULTS. */
  @ManyToOne('Study', { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  study: Ref<Study> | null = null;

  /** The knowledge gap (its key), for GAP_RESULTS. */
  @Property({ type: 'string', length: 120, nullable: true })
  gapKey: string | null = null;

  @Field(() => EvidenceScheme, { nullable: true, description: 'The rating scheme, for RATING_CHANGED.' })
  @Enum({ items: () => EvidenceScheme, nullable: true })
  scheme: EvidenceScheme | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'The grade before the change, for RATING_CHANGED; null when the rating is new. In the scheme’s terms; a Vidensportal grade lists its five dimensions as "target group/method/implementation/effect/economy", e.g. "A/B/C/C/D".',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  oldGrade: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The grade after the change, for RATING_CHANGED (as `oldGrade`).',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  newGrade: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who gave the rating, for RATING_CHANGED.' })
  @Property({ type: 'string', length: 500, nullable: true })
  source: string | null = null;

  @Field(() => String, { description: 'Who did it.' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => Date, { nullable: true, description: 'When you read it; null while unread.' })
  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;
}
