import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import type { Case } from '../case/case.entity.js';
import type { Event } from '../event/event.entity.js';
import type { Study } from '../evidence/study.entity.js';
import type { Method } from '../method/method.entity.js';
import type { Report } from '../report/report.entity.js';
import type { Talk } from '../talk/talk.entity.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { BaseEntity } from '../content/content.entity.js';

@ObjectType({
  implements: Node,
  description: 'A subject in the knowledge base’s topic tree, named in Danish and English.',
})
@Entity()
export class Topic extends BaseEntity {
  @Field(() => String, { description: 'A stable, human-readable key, unique among topics.' })
  @Property({ type: 'string', length: 200, unique: true })
  slug!: string;

  @Field(() => String, { description: 'The topic’s Danish name.' })
  @Property({ type: 'string', length: 200 })
  nameDa!: string;

  @Field(() => String, { description: 'The topic’s English name.' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'A Danish description of what the topic covers.' })
  @Property({ type: 'text', nullable: true })
  descriptionDa: string | null = null;

  @ManyToOne(() => Topic, { ref: true, nullable: true, deleteRule: 'set null' })
  parent: Ref<Topic> | null = null;

  @OneToMany(() => Topic, (topic) => topic.parent)
  children = new Collection<Topic>(this);

  @ManyToMany('Case', 'topics')
  cases = new Collection<Case>(this);

  @ManyToMany('Method', 'topics')
  methods = new Collection<Method>(this);

  @ManyToMany('Study', 'topics')
  studies = new Collection<Study>(this);

  @ManyToMany('Event', 'topics')
  events = new Collection<Event>(this);

  @ManyToMany('Talk', 'topics')
  talks = new Collection<Talk>(this);

  @ManyToMany('Report', 'topics')
  reports = new Collection<Report>(this);
}
