import {
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OneToOne,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ContentEntity } from '../content/content.entity.js';
import type { Report } from '../report/report.entity.js';
import type { Talk } from '../talk/talk.entity.js';
import { Topic } from '../topic/topic.entity.js';

export enum EventKind {
  FORUM_MEETING = 'FORUM_MEETING',
  NETWORK_MEETING = 'NETWORK_MEETING',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of gathering an event is.',
  valuesConfig: {
    FORUM_MEETING: {
      description: 'One of the forum’s two yearly meetings, with a theme, talks, workshops and a report.',
    },
    NETWORK_MEETING: { description: 'A smaller network or follow-up meeting.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A forum meeting or other event, with its theme, talks, workshops and report.',
})
@Entity()
export class Event extends ContentEntity {
  @Field(() => EventKind, { description: 'What kind of event this is.' })
  @Enum({ items: () => EventKind })
  kind!: EventKind;

  @Field(() => String, { description: 'The event’s title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'The theme the meeting is built around.' })
  @Property({ type: 'string', length: 300 })
  theme!: string;

  @Field(() => String, { description: 'What the meeting is about and who it is for, in Markdown.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Date, { description: 'When the event begins.' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When the event ends.' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => String, { description: 'The venue.' })
  @Property({ type: 'string', length: 300 })
  venue!: string;

  @Field(() => String, { description: 'The city.' })
  @Property({ type: 'string', length: 200 })
  city!: string;

  @Field(() => Int, { nullable: true, description: 'How many people may register; null means no limit.' })
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many confirmed seats one organisation may hold; null means no limit.',
  })
  @Property({ type: 'integer', nullable: true })
  seatsPerOrganisation: number | null = null;

  @ManyToMany(() => Topic, (topic) => topic.events, { owner: true, pivotTable: 'event_topics' })
  topics = new Collection<Topic>(this);

  @OneToMany('Talk', 'event')
  talks = new Collection<Talk>(this);

  @OneToMany(() => Workshop, (workshop) => workshop.event)
  workshops = new Collection<Workshop>(this);

  @OneToOne('Report', 'event', { ref: true, nullable: true })
  report: Ref<Report> | null = null;
}

@ObjectType({ implements: Node, description: 'A facilitated workshop at an event, usually working with one talk.' })
@Entity()
export class Workshop extends ContentEntity {
  @ManyToOne(() => Event, { ref: true, deleteRule: 'cascade' })
  event!: Ref<Event>;

  @ManyToOne('Talk', { ref: true, nullable: true, deleteRule: 'set null' })
  talk: Ref<Talk> | null = null;

  @Field(() => String, { description: 'The workshop’s title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'What participants do and take home, in Markdown.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Who facilitates the workshop.' })
  @Property({ type: 'string', length: 200, nullable: true })
  facilitator: string | null = null;

  @Field(() => String, { nullable: true, description: 'The room.' })
  @Property({ type: 'string', length: 200, nullable: true })
  room: string | null = null;

  @Field(() => Date, { description: 'When the workshop begins.' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Int, { description: 'How long the workshop lasts, in minutes.' })
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => Int, { nullable: true, description: 'How many participants it has room for.' })
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;
}
