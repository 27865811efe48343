import { Entity, Enum, ManyToOne, OneToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Visibility } from '../content/content.enums.js';
import { Member } from '../member/member.entity.js';
import { OrganisationKind, type Organisation } from '../organisation/organisation.entity.js';
import type { Comment } from './comment.entity.js';

export enum ThreadKind {
  DISCUSSION = 'DISCUSSION',
  QUESTION = 'QUESTION',
}
registerEnumType(ThreadKind, {
  name: 'ThreadKind',
  description: 'Whether a thread is an open discussion or a question that can get an accepted answer.',
  valuesConfig: {
    DISCUSSION: { description: 'An open conversation.' },
    QUESTION: { description: 'A question; its author may mark one reply as the answer.' },
  },
});

/**
 * A conversation about one piece of knowledge (or a topic). Its visibility follows the subject, and is never
 * wider than MEMBERS: discussions are between members. `visibility`, `publishedAt` and `owner` mirror the subject
 * so every read path can filter threads with the same policy as content.
 */
@ObjectType({
  implements: Node,
  description:
    'A discussion thread on a case, method, study, rating, talk, event, workshop, workshop output, report or topic.',
})
@Entity()
export class Thread extends BaseEntity {
  @Field(() => String, { description: 'The type of what the thread is about, e.g. "Method".' })
  @Property({ type: 'string', length: 40 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => Int, { nullable: true, description: 'For a thread on a talk: the second of the video it refers to.' })
  @Property({ type: 'integer', nullable: true })
  atSeconds: number | null = null;

  @Field(() => String, { description: 'The thread’s title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => ThreadKind, { description: 'Discussion or question.' })
  @Enum({ items: () => ThreadKind, default: ThreadKind.DISCUSSION })
  kind: Opt<ThreadKind> = ThreadKind.DISCUSSION;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<Member> | null = null;

  @OneToOne('Comment', { ref: true, nullable: true, owner: true, deleteRule: 'set null' })
  answer: Ref<Comment> | null = null;

  @Field(() => Int, { description: 'How many comments the thread has (hidden and deleted ones included).' })
  @Property({ type: 'integer', default: 0 })
  commentCount: Opt<number> = 0;

  @Field(() => Date, { description: 'When the last comment was written.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastActivityAt: Opt<Date> = new Date();

  /** The kinds of organisation that have spoken in the thread, for filtering. */
  @Enum({ items: () => OrganisationKind, array: true })
  participantKinds: Opt<OrganisationKind[]> = [];

  @Enum({ items: () => Visibility, default: Visibility.MEMBERS })
  visibility: Opt<Visibility> = Visibility.MEMBERS;

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @ManyToOne('Organisation', { ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<Organisation> | null = null;
}
