import { Collection, Entity, Enum, ManyToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ContentEntity } from '../content/content.entity.js';
import type { Method } from '../method/method.entity.js';
import { Topic } from '../topic/topic.entity.js';

export enum StudyDesign {
  SYSTEMATIC_REVIEW = 'SYSTEMATIC_REVIEW',
  META_ANALYSIS = 'META_ANALYSIS',
  RCT = 'RCT',
  QUASI_EXPERIMENTAL = 'QUASI_EXPERIMENTAL',
  COHORT = 'COHORT',
  REGISTER_STUDY = 'REGISTER_STUDY',
  QUALITATIVE = 'QUALITATIVE',
  MIXED_METHODS = 'MIXED_METHODS',
  EVALUATION = 'EVALUATION',
  CASE_STUDY = 'CASE_STUDY',
}
registerEnumType(StudyDesign, {
  name: 'StudyDesign',
  description: 'How a study was designed; it says much about how far its conclusions reach.',
  valuesConfig: {
    SYSTEMATIC_REVIEW: { description: 'A systematic review of many studies.' },
    META_ANALYSIS: { description: 'A statistical synthesis of several studies’ effects.' },
    RCT: { description: 'A randomised controlled trial.' },
    QUASI_EXPERIMENTAL: { description: 'A comparison group study without randomisation.' },
    COHORT: { description: 'A longitudinal study following a group over time.' },
    REGISTER_STUDY: { description: 'An analysis of administrative register data.' },
    QUALITATIVE: { description: 'Interviews, observation or other qualitative methods.' },
    MIXED_METHODS: { description: 'Combined quantitative and qualitative methods.' },
    EVALUATION: { description: 'An evaluation of a programme or practice.' },
    CASE_STUDY: { description: 'An in-depth study of one or a few cases.' },
  },
});

@ObjectType({ implements: Node, description: 'A source of evidence: a study, review or evaluation.' })
@Entity()
export class Study extends ContentEntity {
  @Field(() => String, { description: 'The study’s title.' })
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Field(() => String, { description: 'A summary of the study and its findings, in Danish.' })
  @Property({ type: 'text' })
  abstract!: string;

  @Field(() => StudyDesign, { description: 'How the study was designed.' })
  @Enum({ items: () => StudyDesign })
  design!: StudyDesign;

  @Field(() => Int, { description: 'The year of publication.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => [String], { description: 'The authors, in the order the publication lists them.' })
  @Property({ type: 'text[]' })
  authors: Opt<string[]> = [];

  @Field(() => String, { description: 'Who published the study (publisher, journal or institute).' })
  @Property({ type: 'string', length: 300 })
  publisher!: string;

  @Field(() => String, { nullable: true, description: 'Where to read the study.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  url: string | null = null;

  @Field(() => String, { nullable: true, description: 'The country the study was carried out in.' })
  @Property({ type: 'string', length: 100, nullable: true })
  country: string | null = null;

  @ManyToMany(() => Topic, (topic) => topic.studies, { owner: true, pivotTable: 'study_topics' })
  topics = new Collection<Topic>(this);

  @ManyToMany('Method', 'studies')
  methods = new Collection<Method>(this);
}
