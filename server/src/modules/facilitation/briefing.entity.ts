import { Entity, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../content/content.entity.js';
import { Workshop } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';

/**
 * How a workshop is to be run. Facilitators and editors read it before the meeting; once the event has ended all
 * members may, so other organisations can run the same workshop at home.
 */
@ObjectType({
  description:
    'A facilitator’s briefing for a workshop: purpose, timing, discussion questions tied to the talk, materials.',
})
@Entity()
export class WorkshopBriefing extends BaseEntity {
  @OneToOne(() => Workshop, { owner: true, ref: true, deleteRule: 'cascade' })
  workshop!: Ref<Workshop>;

  /** The member who facilitates; they may read the briefing before the meeting. */
  @ManyToOne(() => Member, { ref: true, nullable: true, deleteRule: 'set null' })
  facilitator: Ref<Member> | null = null;

  @Field(() => String, { description: 'What the workshop should achieve, in Markdown.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => String, { description: 'The running order with times, in Markdown.' })
  @Property({ type: 'text' })
  timing!: string;

  @Field(() => [String], { description: 'Discussion questions, tied to the talk the workshop works with.' })
  @Property({ type: 'json' })
  questions: string[] = [];

  @Field(() => String, { description: 'Materials to prepare or hand out, in Markdown.' })
  @Property({ type: 'text' })
  materials!: string;
}
