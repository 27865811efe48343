import { Field, ID, InputType, Int } from 'type-graphql';
import { payloadType } from '../../graphql/payload.js';
import { editingMutations } from '../content/editing.resolver.js';
import { Visibility } from '../content/content.enums.js';
import { createEvent, createWorkshop, updateEvent, updateWorkshop } from './event.commands.js';
import { Event, EventKind, Workshop } from './event.entity.js';

const OWNER = 'The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own.';

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

export const EventPayload = payloadType(Event, 'event', {
  name: 'EventPayload',
  description: 'The event after the change.',
  fieldDescription: 'The event.',
});

export const WorkshopPayload = payloadType(Workshop, 'workshop', {
  name: 'WorkshopPayload',
  description: 'The workshop after the change.',
  fieldDescription: 'The workshop.',
});

export const EventMutations = editingMutations({
  type: 'Event',
  field: 'event',
  Input: EventInput,
  Payload: EventPayload,
  create: { description: 'Creates an event as a draft (editors).', run: createEvent },
  update: { description: 'Changes an event (editors).', run: updateEvent },
});

export const WorkshopMutations = editingMutations({
  type: 'Workshop',
  field: 'workshop',
  Input: WorkshopInput,
  Payload: WorkshopPayload,
  create: { description: 'Creates a workshop as a draft (editors).', run: createWorkshop },
  update: { description: 'Changes a workshop (editors).', run: updateWorkshop },
});
