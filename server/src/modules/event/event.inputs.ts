import { Field, ID, InputType, Int } from 'type-graphql';
import { Visibility } from '../content/content.enums.js';
import { PublicationFilter } from '../content/content.inputs.js';
import { EventKind } from './event.entity.js';

/** Shared description of the `owner` input. */
const OWNER = 'The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own.';

@InputType({ description: 'Narrows a list of events; all given conditions must hold.' })
export class EventFilter extends PublicationFilter {
  @Field(() => EventKind, { nullable: true, description: 'Events of this kind.' })
  kind?: EventKind | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Events that end at or after this time (e.g. now, for upcoming events).',
  })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events that start at or before this time.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Events on this topic or any topic below it.' })
  topic?: string | null;
}

@InputType({ description: 'Narrows a list of talks; all given conditions must hold.' })
export class TalkFilter extends PublicationFilter {
  @Field(() => ID, { nullable: true, description: 'Talks given at this event.' })
  event?: string | null;

  @Field(() => ID, { nullable: true, description: 'Talks on this topic or any topic below it.' })
  topic?: string | null;

  @Field(() => ID, { nullable: true, description: 'Talks about this method.' })
  method?: string | null;
}

@InputType({ description: 'Narrows a list of workshops.' })
export class WorkshopFilter extends PublicationFilter {
  @Field(() => ID, { nullable: true, description: 'Workshops at this event.' })
  event?: string | null;

  @Field(() => ID, { nullable: true, description: 'Workshops working with this talk.' })
  talk?: string | null;
}

@InputType({ description: 'A forum meeting or other event. On update, fields left out stay as they are.' })
export class EventInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the title when left out.' })
  slug?: string;

  @Field(() => EventKind, { nullable: true, description: 'What kind of event (required when creating).' })
  kind?: EventKind;

  @Field(() => String, { nullable: true, description: 'The title (required when creating).' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'The theme (required when creating).' })
  theme?: string;

  @Field(() => String, { nullable: true, description: 'What it is about, in Markdown (required when creating).' })
  description?: string;

  @Field(() => Date, { nullable: true, description: 'When it begins (required when creating).' })
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it ends; not before it begins (required when creating).' })
  endsAt?: Date;

  @Field(() => String, { nullable: true, description: 'The venue (required when creating).' })
  venue?: string;

  @Field(() => String, { nullable: true, description: 'The city (required when creating).' })
  city?: string;

  @Field(() => Visibility, { nullable: true, description: 'Who may read it once published (default PUBLIC).' })
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: OWNER })
  owner?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Topics of the event (replaces the current ones).' })
  topics?: string[];
}
@InputType({ description: 'A workshop at an event. On update, fields left out stay as they are.' })
export class WorkshopInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the title when left out.' })
  slug?: string;

  @Field(() => ID, { nullable: true, description: 'The event it is part of (required when creating).' })
  event?: string;

  @Field(() => ID, { nullable: true, description: 'The talk it works with, given at the same event.' })
  talk?: string | null;

  @Field(() => String, { nullable: true, description: 'The title (required when creating).' })
  title?: string;

  @Field(() => String, { nullable: true, description: 'What participants do, in Markdown (required when creating).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Who facilitates it.' })
  facilitator?: string | null;

  @Field(() => String, { nullable: true, description: 'The room.' })
  room?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it begins (required when creating).' })
  startsAt?: Date;

  @Field(() => Int, { nullable: true, description: 'Its length in minutes, 5–1440 (required when creating).' })
  durationMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'How many participants it has room for.' })
  capacity?: number | null;

  @Field(() => Visibility, { nullable: true, description: 'Who may read it once published (default PUBLIC).' })
  visibility?: Visibility;

  @Field(() => ID, { nullable: true, description: OWNER })
  owner?: string | null;
}
