import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Comment } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { Member } from '../member/member.entity.js';

export enum NotificationKind {
  MENTION = 'MENTION',
  NEW_COMMENT = 'NEW_COMMENT',
  REPLY = 'REPLY',
  ANSWER = 'ANSWER',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'Why a member is notified.',
  valuesConfig: {
    MENTION: { description: 'Someone mentioned you.' },
    NEW_COMMENT: { description: 'A new comment in a thread or on something you follow.' },
    REPLY: { description: 'Someone replied to your comment.' },
    ANSWER: { description: 'Your reply was marked as the answer.' },
  },
});

@ObjectType({ implements: Node, description: 'Something that happened in a discussion you take part in or follow.' })
@Entity()
export class Notification extends BaseEntity {
  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade' })
  member!: Ref<Member>;

  @Field(() => NotificationKind, { description: 'What happened.' })
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @ManyToOne(() => Thread, { ref: true, deleteRule: 'cascade' })
  thread!: Ref<Thread>;

  @ManyToOne(() => Comment, { ref: true, nullable: true, deleteRule: 'cascade' })
  comment: Ref<Comment> | null = null;

  @Field(() => String, { description: 'Who did it.' })
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => Date, { nullable: true, description: 'When you read it; null while unread.' })
  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;
}
