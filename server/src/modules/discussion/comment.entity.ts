import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Member } from '../member/member.entity.js';
import { OrganisationKind } from '../organisation/organisation.entity.js';
import { Thread } from './thread.entity.js';

/** A comment; replies nest through `parent`. Deleting is soft, so replies stay readable in place. */
@ObjectType({ implements: Node, description: 'A comment in a thread, possibly a reply to another comment.' })
@Entity()
export class Comment extends BaseEntity {
  @ManyToOne(() => Thread, { ref: true, deleteRule: 'cascade' })
  thread!: Ref<Thread>;

  @ManyToOne(() => Comment, { ref: true, nullable: true, deleteRule: 'cascade' })
  parent: Ref<Comment> | null = null;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<Member> | null = null;

  /** The kind of organisation the author spoke from when writing (kept if they move or leave). */
  @Field(() => OrganisationKind, { nullable: true, description: 'The kind of organisation the author speaks from.' })
  @Enum({ items: () => OrganisationKind, nullable: true })
  organisationKind: OrganisationKind | null = null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'text' })
  bodyHtml!: string;

  @Field(() => Date, { nullable: true, description: 'When the comment was last edited; null if never.' })
  @Property({ type: 'datetime', nullable: true })
  editedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When its author deleted it; the text is gone but replies remain.',
  })
  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When a moderator hid it.' })
  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why a moderator hid it.' })
  @Property({ type: 'string', length: 500, nullable: true })
  hiddenReason: string | null = null;

  @Field(() => Int, { description: 'How many members found it useful.' })
  @Property({ type: 'integer', default: 0 })
  usefulCount: Opt<number> = 0;
}

/** The text a comment had before an edit. */
@Entity()
export class CommentRevision extends BaseEntity {
  @ManyToOne(() => Comment, { ref: true, deleteRule: 'cascade' })
  comment!: Ref<Comment>;

  @Property({ type: 'text' })
  body!: string;
}

/** A member found a comment useful (once per member). */
@Entity()
@Unique({ properties: ['comment', 'member'] })
export class Reaction extends BaseEntity {
  @ManyToOne(() => Comment, { ref: true, deleteRule: 'cascade' })
  comment!: Ref<Comment>;

  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade' })
  member!: Ref<Member>;
}

/** A member asked moderators to look at a comment. */
@ObjectType({ implements: Node, description: 'A member’s report of a comment, for moderators.' })
@Entity()
export class Flag extends BaseEntity {
  @ManyToOne(() => Comment, { ref: true, deleteRule: 'cascade' })
  comment!: Ref<Comment>;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  reporter: Ref<Member> | null = null;

  @Field(() => String, { description: 'Why the comment was reported.' })
  @Property({ type: 'string', length: 1000 })
  reason!: string;

  @Field(() => Date, { nullable: true, description: 'When a moderator dealt with it.' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;
}

/** A member follows a thread, or a node (then every thread on it). */
@Entity()
@Unique({ properties: ['member', 'subjectId'] })
export class Follow extends BaseEntity {
  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade' })
  member!: Ref<Member>;

  @Property({ type: 'string', length: 40 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;
}
