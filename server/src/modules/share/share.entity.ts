import { Entity, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, createUnionType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Member } from '../member/member.entity.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';

/**
 * A link that lets someone without an account read one members-only talk or report. Only the SHA-256 of its
 * 256-bit secret is stored, so the table cannot be used to open anything.
 */
@ObjectType({
  implements: Node,
  description: 'A link that lets a non-member read one talk or report, read-only, until it is revoked or expires.',
})
@Entity()
@Index({ properties: ['createdBy'] })
export class ShareLink extends BaseEntity {
  @Field(() => String, { description: 'What the link opens: "Talk" or "Report".' })
  @Property({ type: 'string', length: 40 })
  subjectType!: 'Talk' | 'Report';

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'string', length: 64, unique: true })
  secretHash!: string;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<Member> | null = null;

  @Field(() => Date, { nullable: true, description: 'When the link stops working; null for never.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the link was revoked.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the link was last opened.' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  /** Not revoked and not expired; whether the item may still be shared is checked where the link is used. */
  get active(): Opt<boolean> {
    return this.revokedAt === null && (this.expiresAt === null || this.expiresAt.getTime() > Date.now());
  }
}

export const SharedItem = createUnionType({
  name: 'SharedItem',
  description: 'Something a share link can open: a talk or a report.',
  types: () => [Talk, Report] as const,
  resolveType: (value) => (value instanceof Talk ? Talk : Report),
});
