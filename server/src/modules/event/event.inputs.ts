import { Field, ID, InputType } from 'type-graphql';
import { PublicationFilter } from '../content/content.inputs.js';
import { EventKind } from './event.entity.js';

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
