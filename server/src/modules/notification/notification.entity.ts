import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Comment } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { Event } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';

export enum NotificationKind {
  MENTION = 'MENTION',
  NEW_COMMENT = 'NEW_COMMENT',
  REPLY = 'REPLY',
  ANSWER = 'ANSWER',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  MEMBERSHIP_RENEWAL = 'MEMBERSHIP_RENEWAL',
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

  @Field(() => String, { description: 'Who did it.' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => Date, { nullable: true, description: 'When you read it; null while unread.' })
  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;
}
