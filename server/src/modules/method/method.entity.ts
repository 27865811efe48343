import { Collection, Entity, Enum, ManyToMany, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import type { Case } from '../case/case.entity.js';
import { ContentEntity } from '../content/content.entity.js';
import { TargetGroup } from '../content/content.enums.js';
import { EvidenceScheme, EvidenceStrength } from '../evidence/evidence.enums.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { Study } from '../evidence/study.entity.js';
import { MethodParty } from './method-party.entity.js';
import { CostUnit, MethodSetting } from './practice.enums.js';
import type { Talk } from '../talk/talk.entity.js';
import { Topic } from '../topic/topic.entity.js';

@ObjectType({ implements: Node, description: 'An intervention or programme (indsats/metode) with its evidence.' })
@Entity()
export class Method extends ContentEntity {
  @Field(() => String, { description: 'The method’s name as used in Denmark.' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The original name where the method comes from abroad.' })
  @Property({ type: 'string', length: 300, nullable: true })
  originalName: string | null = null;

  @Field(() => String, { description: 'One or two sentences on what the method is.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: 'A longer description in Markdown: purpose, content, who delivers it.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The country the method was developed in.' })
  @Property({ type: 'string', length: 100, nullable: true })
  origin: string | null = null;

  @Field(() => String, { nullable: true, description: 'The method’s own website.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  website: string | null = null;

  @Field(() => [TargetGroup], { description: 'Who the method is for.' })
  @Enum({ items: () => TargetGroup, array: true })
  targetGroups: Opt<TargetGroup[]> = [];

  @Field(() => Int, { nullable: true, description: 'The youngest age the method is meant for.' })
  @Property({ type: 'integer', nullable: true })
  ageMin: number | null = null;

  @Field(() => Int, { nullable: true, description: 'The oldest age the method is meant for.' })
  @Property({ type: 'integer', nullable: true })
  ageMax: number | null = null;

  @Field(() => [MethodSetting], { description: 'Where the method is delivered.' })
  @Enum({ items: () => MethodSetting, array: true, default: [] })
  settings: Opt<MethodSetting[]> = [];

  @Field(() => String, {
    nullable: true,
    description: 'What the method costs in practice, in words: a price range, what it covers, who pays.',
  })
  @Property({ type: 'text', nullable: true })
  costNote: string | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'An indicative price in Danish kroner (DKK) for one `costUnit`; set together with `costUnit`.',
  })
  @Property({ type: 'integer', nullable: true })
  costDkk: number | null = null;

  @Field(() => CostUnit, { nullable: true, description: 'What `costDkk` is the price of.' })
  @Enum({ items: () => CostUnit, nullable: true })
  costUnit: CostUnit | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'How long the training of a practitioner takes, in words (e.g. "4 dage + 1 års supervision").',
  })
  @Property({ type: 'string', length: 300, nullable: true })
  trainingDuration: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who trains and certifies practitioners in the method.' })
  @Property({ type: 'string', length: 300, nullable: true })
  trainingCertifiedBy: string | null = null;

  @Field(() => EvidenceStrength, {
    description: 'The strongest rating any scheme gives the method, normalised.',
    deprecationReason:
      'The strongest of several schemes overstates the evidence when they disagree. Use `evidenceVerdict.strength`, ' +
      'Vidensbro’s editorial verdict, which the filters, the order and the search facet now follow.',
  })
  @Enum({ items: () => EvidenceStrength, default: EvidenceStrength.NOT_RATED })
  evidenceStrength: Opt<EvidenceStrength> = EvidenceStrength.NOT_RATED;

  /** `evidenceStrength` as a number. */
  @Property({ type: 'smallint', default: 0 })
  evidenceScore: Opt<number> = 0;

  /** The editorial verdict (see EvidenceVerdict and `verdictOf`), kept on the row so lists filter and sort by it. */
  @Enum({ items: () => EvidenceStrength, default: EvidenceStrength.NOT_RATED })
  verdictStrength: Opt<EvidenceStrength> = EvidenceStrength.NOT_RATED;

  /** `verdictStrength` as a number, so lists can sort by it. */
  @Property({ type: 'smallint', default: 0 })
  verdictScore: Opt<number> = 0;

  @Enum({ items: () => EvidenceScheme, nullable: true })
  verdictScheme: EvidenceScheme | null = null;

  @Property({ type: 'smallint', default: 0 })
  verdictAgreeing: Opt<number> = 0;

  @Property({ type: 'smallint', default: 0 })
  verdictTotal: Opt<number> = 0;

  @ManyToMany(() => Topic, (topic) => topic.methods, { owner: true, pivotTable: 'method_topics' })
  topics = new Collection<Topic>(this);

  @ManyToMany(() => Study, (study) => study.methods, { owner: true, pivotTable: 'method_studies' })
  studies = new Collection<Study>(this);

  @ManyToMany('Case', 'methods')
  cases = new Collection<Case>(this);

  @ManyToMany('Talk', 'methods')
  talks = new Collection<Talk>(this);

  @OneToMany(() => EvidenceRating, (rating) => rating.method)
  ratings = new Collection<EvidenceRating>(this);

  /** Danish providers and municipalities that use it (see MethodParty). */
  @OneToMany(() => MethodParty, (party) => party.method)
  parties = new Collection<MethodParty>(this);
}
