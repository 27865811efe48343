import { Collection, Entity, ManyToMany, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Case } from '../case/case.entity.js';
import { ContentEntity } from '../content/content.entity.js';
import { Event } from '../event/event.entity.js';
import { Topic } from '../topic/topic.entity.js';

@ObjectType({
  implements: Node,
  description: 'A report on trends and concrete cases, published before the meeting it prepares.',
})
@Entity()
export class Report extends ContentEntity {
  @OneToOne(() => Event, (event) => event.report, { owner: true, ref: true, nullable: true, deleteRule: 'set null' })
  event: Ref<Event> | null = null;

  @Field(() => String, { description: 'The report’s title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'A short summary of the report.' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: 'The report in Markdown: trends and concrete cases.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { description: 'The publication date (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'Where to download the full report.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  url: string | null = null;

  @ManyToMany(() => Topic, (topic) => topic.reports, { owner: true, pivotTable: 'report_topics' })
  topics = new Collection<Topic>(this);

  @ManyToMany(() => Case, (c) => c.reports, { owner: true, pivotTable: 'report_cases' })
  cases = new Collection<Case>(this);
}
