import { Embeddable, Embedded, Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';
import type { Method } from '../method/method.entity.js';
import { EvidenceScheme, EvidenceStrength, VidensportalGrade } from './evidence.enums.js';
import type { Study } from './study.entity.js';

@ObjectType({
  description: 'The Danish Vidensdeklaration: A–D on each of five dimensions of knowledge about a method.',
})
@Embeddable()
export class VidensportalDimensions {
  @Field(() => VidensportalGrade, { description: 'Knowledge about the target group (viden om målgruppen).' })
  @Enum({ items: () => VidensportalGrade })
  targetGroup!: VidensportalGrade;

  @Field(() => VidensportalGrade, { description: 'Knowledge about the method itself (viden om metode).' })
  @Enum({ items: () => VidensportalGrade })
  method!: VidensportalGrade;

  @Field(() => VidensportalGrade, { description: 'Knowledge about implementation (viden om implementering).' })
  @Enum({ items: () => VidensportalGrade })
  implementation!: VidensportalGrade;

  @Field(() => VidensportalGrade, { description: 'Knowledge about effect (viden om effekt).' })
  @Enum({ items: () => VidensportalGrade })
  effect!: VidensportalGrade;

  @Field(() => VidensportalGrade, { description: 'Knowledge about economy (viden om økonomi).' })
  @Enum({ items: () => VidensportalGrade })
  economy!: VidensportalGrade;
}

@ObjectType({ implements: Node, description: 'One grading of a method’s evidence on one scheme, at one date.' })
@Entity()
export class EvidenceRating extends BaseEntity {
  @ManyToOne('Method', { ref: true, deleteRule: 'cascade' })
  method!: Ref<Method>;

  @Field(() => EvidenceScheme, { description: 'The rating scheme.' })
  @Enum({ items: () => EvidenceScheme })
  scheme!: EvidenceScheme;

  @Field(() => String, {
    description: 'The rating in the scheme’s own terms, e.g. "1" on CEBC, "3+" on EIF, "MODEL" on Blueprints.',
  })
  @Property({ type: 'string', length: 40 })
  value!: string;

  @Field(() => EvidenceStrength, { description: 'The rating normalised to Vidensbro’s common scale.' })
  @Enum({ items: () => EvidenceStrength })
  strength!: EvidenceStrength;

  @Field(() => VidensportalDimensions, { nullable: true, description: 'All five grades, for Vidensportal ratings.' })
  @Embedded(() => VidensportalDimensions, { object: true, nullable: true })
  dimensions: VidensportalDimensions | null = null;

  @Field(() => String, { description: 'The date of the rating (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  ratedOn!: string;

  @Field(() => String, { description: 'Who gave the rating, e.g. the clearinghouse’s name.' })
  @Property({ type: 'string', length: 500 })
  source!: string;

  @Field(() => String, { nullable: true, description: 'A note on the rating, e.g. what it covers.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'The rating’s own page at the scheme, as the editors entered it; `sourceUrl` falls back to the study or scheme.',
  })
  @Property({ type: 'string', length: 1000, nullable: true })
  url: string | null = null;

  @ManyToOne('Study', { ref: true, nullable: true, deleteRule: 'set null' })
  study: Ref<Study> | null = null;
}
