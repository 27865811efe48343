import {
  Collection,
  Embeddable,
  Embedded,
  Entity,
  ManyToMany,
  ManyToOne,
  Property,
  type Opt,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ContentEntity } from '../content/content.entity.js';
import { Event } from '../event/event.entity.js';
import { Method } from '../method/method.entity.js';
import { MediaFile } from '../media/media-file.entity.js';
import { Topic } from '../topic/topic.entity.js';

@ObjectType({ description: 'A point in a talk’s video with a title, for jumping straight to it.' })
@Embeddable()
export class Chapter {
  @Field(() => Int, { description: 'Where the chapter starts, in seconds from the start of the video.' })
  @Property({ type: 'integer' })
  startSeconds!: number;

  @Field(() => String, { description: 'The chapter’s title.' })
  @Property({ type: 'string' })
  title!: string;
}

@ObjectType({ description: 'A stretch of the talk’s transcript, with the time it is spoken.' })
@Embeddable()
export class TranscriptSegment {
  @Field(() => Int, { description: 'When the segment is spoken, in seconds from the start of the video.' })
  @Property({ type: 'integer' })
  startSeconds!: number;

  @Field(() => String, { description: 'What is said.' })
  @Property({ type: 'text' })
  text!: string;
}

@Embeddable()
export class SpeakerData {
  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  title!: string;

  /** Internal id of the speaker's organisation, resolved to an Organisation in GraphQL. */
  @Property({ type: 'uuid', nullable: true })
  organisationId: string | null = null;
}

@ObjectType({
  implements: Node,
  description: 'A filmed talk given at an event, with speakers, chapters and transcript.',
})
@Entity()
export class Talk extends ContentEntity {
  @ManyToOne(() => Event, { ref: true, deleteRule: 'cascade' })
  event!: Ref<Event>;

  @Field(() => String, { description: 'The talk’s title.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'What the talk is about.' })
  @Property({ type: 'text' })
  summary!: string;

  @Embedded(() => SpeakerData, { array: true })
  speakers: Opt<SpeakerData[]> = [];

  @Field(() => String, {
    nullable: true,
    description:
      'The link to the video on a video host (YouTube, Vimeo, TwentyThree, Dreambroker, Kaltura), when it is not uploaded. See `video` for how to play it.',
  })
  @Property({ type: 'string', length: 1000, nullable: true })
  videoUrl: string | null = null;

  /** The uploaded (or demo) video file; played from /media/talks/<slug>/video under the talk's read rule. */
  @ManyToOne(() => MediaFile, { ref: true, nullable: true, deleteRule: 'set null', fieldName: 'video_file' })
  videoFile: Ref<MediaFile> | null = null;

  @Field(() => Int, { description: 'The video’s length in seconds.' })
  @Property({ type: 'integer' })
  durationSeconds!: number;

  @Field(() => Date, { description: 'When the talk is given at its event.' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => [Chapter], { description: 'The chapters, in order.' })
  @Embedded(() => Chapter, { array: true })
  chapters: Opt<Chapter[]> = [];

  @Field(() => [TranscriptSegment], { description: 'The transcript, in order, with timestamps.' })
  @Embedded(() => TranscriptSegment, { array: true })
  transcript: Opt<TranscriptSegment[]> = [];

  @ManyToMany(() => Topic, (topic) => topic.talks, { owner: true, pivotTable: 'talk_topics' })
  topics = new Collection<Topic>(this);

  @ManyToMany(() => Method, (method) => method.talks, { owner: true, pivotTable: 'talk_methods' })
  methods = new Collection<Method>(this);
}
