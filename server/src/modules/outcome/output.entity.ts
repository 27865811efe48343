import { Entity, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import { Workshop } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Talk } from '../talk/talk.entity.js';

/**
 * What a group took home from a workshop: what the talk means in their organisation's context and what they will
 * do next. Visible to members; editors feature the best ones (e.g. in the next report).
 */
@ObjectType({
  implements: Node,
  description: 'A workshop output: what a talk means in one organisation’s context, and its next step.',
})
@Entity()
@Index({ properties: ['createdAt'] })
export class WorkshopOutput extends BaseEntity {
  @ManyToOne(() => Workshop, { ref: true, deleteRule: 'cascade', index: true })
  workshop!: Ref<Workshop>;

  /** The talk the workshop worked with, kept so outputs stay linked to the talk. */
  @ManyToOne(() => Talk, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  talk: Ref<Talk> | null = null;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade', index: true })
  organisation!: Ref<Organisation>;

  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<Member> | null = null;

  @Field(() => String, { description: 'What the talk means in the organisation’s own context.' })
  @Property({ type: 'text' })
  insight!: string;

  @Field(() => String, { description: 'The next step the organisation will take.' })
  @Property({ type: 'text' })
  nextStep!: string;

  @Field(() => Boolean, { description: 'Whether editors have featured the output (e.g. for the next report).' })
  @Property({ type: 'boolean', default: false })
  featured: Opt<boolean> = false;
}
