import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ContentEntity } from '../content/content.entity.js';
import { TargetGroup } from '../content/content.enums.js';
import { Method } from '../method/method.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { Report } from '../report/report.entity.js';
import { Topic } from '../topic/topic.entity.js';

@ObjectType({
  implements: Node,
  description: 'A practice example (praksiseksempel): what an organisation did and learned.',
})
@Entity({ tableName: 'practice_case' })
export class Case extends ContentEntity {
  @Field(() => String, { description: 'The case’s title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'A short summary for lists and search results.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: 'The full story in Markdown: background, what was done, what was learned.' })
  @Property({ type: 'text' })
  body!: string;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  organisation!: Ref<Organisation>;

  @Field(() => Int, { description: 'The year the practice took place or was documented.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => [TargetGroup], { description: 'Who the practice is about.' })
  @Enum({ items: () => TargetGroup, array: true })
  targetGroups: Opt<TargetGroup[]> = [];

  @Field(() => Int, { nullable: true, description: 'The youngest age of the children involved.' })
  @Property({ type: 'integer', nullable: true })
  ageMin: number | null = null;

  @Field(() => Int, { nullable: true, description: 'The oldest age of the children involved.' })
  @Property({ type: 'integer', nullable: true })
  ageMax: number | null = null;

  @ManyToMany(() => Topic, (topic) => topic.cases, { owner: true, pivotTable: 'case_topics' })
  topics = new Collection<Topic>(this);

  @ManyToMany('Report', 'cases')
  reports = new Collection<Report>(this);

  @ManyToMany(() => Method, (method) => method.cases, { owner: true, pivotTable: 'case_methods' })
  methods = new Collection<Method>(this);
}
