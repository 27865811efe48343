import { Field, ID, InputType, Int } from 'type-graphql';
import { Visibility } from '../content/content.enums.js';

@InputType({ description: 'A person giving a talk.' })
export class SpeakerInput {
  @Field(() => String, { description: 'The speaker’s name.' })
  name!: string;

  @Field(() => String, { description: 'The speaker’s title or role, e.g. "Forsker, ph.d.".' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation the speaker comes from.' })
  organisation?: string | null;
}
@InputType({ description: 'A chapter of a talk’s video.' })
export class ChapterInput {
  @Field(() => Int, { description: 'Where it starts, in seconds; within the video and after the previous one.' })
  startSeconds!: number;

  @Field(() => String, { description: 'The chapter’s title.' })
  title!: string;
}
@InputType({ description: 'A stretch of a talk’s transcript.' })
export class TranscriptSegmentInput {
  @Field(() => Int, { description: 'When it is spoken, in seconds; within the video, in order.' })
  startSeconds!: number;

  @Field(() => String, { description: 'What is said.' })
  text!: string;
}
@InputType({ description: 'A filmed talk. On update, fields left out stay as they are; lists replace wholes.' })
export class TalkInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the title when left out.' })
  slug?: string;

  @Field(() => ID, { nullable: true, description: 'The event it is given at (required when creating).' })
  event?: string;

  @Field(() => String, { nullable: true, description: 'The title (required when creating).' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'What it is about (required when creating).' })
  summary?: string;

  @Field(() => [SpeakerInput], { nullable: true, description: 'Who gives it (at most 20).' })
  speakers?: SpeakerInput[];

  @Field(() => String, {
    nullable: true,
    description:
      'A link to the video on YouTube, Vimeo, TwentyThree (<account>.23video.com), Dreambroker or Kaltura; shown as a privacy-friendly embed. Replaces an uploaded video; null removes the link.',
  })
  videoUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The id of a finished upload of yours to /media/uploads (tus; MP4 or WebM): the talk plays it. Replaces a link; null removes the uploaded video.',
  })
  videoUpload?: string | null;

  @Field(() => Int, { nullable: true, description: 'The video’s length in seconds (required when creating).' })
  durationSeconds?: number;

  @Field(() => Date, { nullable: true, description: 'When it is given at its event (required when creating).' })
  startsAt?: Date;

  @Field(() => [ChapterInput], { nullable: true, description: 'The chapters in order (at most 200).' })
  chapters?: ChapterInput[];

  @Field(() => [TranscriptSegmentInput], {
    nullable: true,
    description: 'The transcript in order (at most 5000 segments).',
  })
  transcript?: TranscriptSegmentInput[];

  @Field(() => Visibility, { nullable: true, description: 'Who may read it once published (default PUBLIC).' })
  visibility?: Visibility;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own.',
  })
  owner?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Topics of the talk (replaces the current ones).' })
  topics?: string[];

  @Field(() => [ID], { nullable: true, description: 'Methods the talk is about (replaces the current ones).' })
  methods?: string[];
}
