import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../content/content.entity.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { KnowledgeGapKind } from './gap-keys.js';

/**
 * A researchers' organisation says "we are studying this" about a knowledge gap. Gaps are computed from the
 * knowledge base, not stored, so a claim names its gap by key (`kind:subject`); it outlives the gap closing, which
 * is exactly when its followers want to hear about it.
 */
@Entity({ tableName: 'knowledge_gap_claim' })
@Unique({ properties: ['gapKey', 'organisation'] })
export class GapClaim extends BaseEntity {
  @Property({ type: 'string', length: 120, index: true })
  gapKey!: string;

  @Enum({ items: () => KnowledgeGapKind })
  kind!: KnowledgeGapKind;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  /** Who marked it; kept when they leave (the organisation still studies it). */
  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  member: Ref<Member> | null = null;

  @Property({ type: 'string', length: 300 })
  contact!: string;

  @Property({ type: 'date' })
  expectedOn!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** A member wants to hear when results arrive for a knowledge gap. */
@Entity({ tableName: 'knowledge_gap_follow' })
@Unique({ properties: ['gapKey', 'member'] })
export class GapFollow extends BaseEntity {
  @Property({ type: 'string', length: 120, index: true })
  gapKey!: string;

  @ManyToOne(() => Member, { ref: true, deleteRule: 'cascade' })
  member!: Ref<Member>;
}
