import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { applyOwner, auditChange, checkOrder, loadForEditor, sent, visibility } from '../content/editing.js';
import { resolveReadable, resolveReadableOne } from '../content/references.js';
import { slugify, uniqueSlug } from '../content/slug.js';
import { parseInput, slug, text } from '../content/validation.js';
import { Talk } from '../talk/talk.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Event, EventKind, Workshop } from './event.entity.js';

const date = z.date('Must be a date and time.');

const eventFields = z.object({
  slug,
  kind: z.nativeEnum(EventKind),
  title: text(300),
  theme: text(300),
  description: text(50_000),
  startsAt: date,
  endsAt: date,
  venue: text(300),
  city: text(200),
  visibility,
});
const createEventSchema = eventFields.partial({ slug: true, visibility: true });
const updateEventSchema = eventFields.partial();

type EventVisibility = z.infer<typeof visibility>;
type Relations = { owner?: string | null; topics?: string[] | null };
type EventProps = { em: EntityManager; viewer: Viewer; input: Record<string, unknown> & Relations };

/** Creates an event as a draft (editors). */
export async function createEvent(props: EventProps): Promise<Event> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(createEventSchema, props.input);
  return props.em.transactional(async (em) => {
    const { slug: wanted, visibility: wantedVisibility, ...fields } = input;
    const row = em.create(Event, {
      ...fields,
      slug: await uniqueSlug(em, Event, wanted ?? slugify(input.title)),
      publishedAt: null,
    });
    await applyEventRest(em, viewer, row, props.input, wantedVisibility);
    auditChange(em, viewer, 'create', row);
    return row;
  });
}

/** Changes the given fields of an event (editors). */
export async function updateEvent(props: EventProps & { id: string }): Promise<Event> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(updateEventSchema, props.input);
  return props.em.transactional(async (em) => {
    const row = await loadForEditor(em, viewer, props.id, Event);
    const { slug: wanted, visibility: wantedVisibility, ...fields } = input;
    if (wanted && wanted !== row.slug) row.slug = await uniqueSlug(em, Event, wanted);
    em.assign(row, sent(fields));
    await applyEventRest(em, viewer, row, props.input, wantedVisibility);
    auditChange(em, viewer, 'update', row);
    return row;
  });
}

async function applyEventRest(
  em: EntityManager,
  viewer: Viewer,
  row: Event,
  input: Relations,
  wanted?: EventVisibility,
) {
  checkOrder('input.endsAt', row.startsAt, row.endsAt, 'An event must not end before it starts.');
  await applyOwner(em, viewer, row, { owner: input.owner, visibility: wanted });
  const topics = await resolveReadable(em, viewer, Topic, input.topics, 'input.topics');
  if (topics) row.topics.set(topics);
}

const workshopFields = z.object({
  slug,
  title: text(300),
  description: text(20_000),
  facilitator: text(200).nullable(),
  room: text(200).nullable(),
  startsAt: date,
  durationMinutes: z.number().int().min(5, 'Must be at least 5 minutes.').max(1440, 'Must be at most 1440 minutes.'),
  capacity: z.number().int().min(1, 'Must be at least 1.').max(10_000, 'Must be at most 10000.').nullable(),
  visibility,
});
const createWorkshopSchema = workshopFields.partial({
  slug: true,
  facilitator: true,
  room: true,
  capacity: true,
  visibility: true,
});
const updateWorkshopSchema = workshopFields.partial();

type WorkshopProps = {
  em: EntityManager;
  viewer: Viewer;
  input: Record<string, unknown> & { owner?: string | null; event?: string | null; talk?: string | null };
};

/** Creates a workshop at an event as a draft (editors). */
export async function createWorkshop(props: WorkshopProps): Promise<Workshop> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(createWorkshopSchema, props.input);
  return props.em.transactional(async (em) => {
    const event = await resolveReadableOne(em, viewer, Event, props.input.event, 'input.event');
    if (!event) throw UserInputProblem.of('input.event', 'A workshop needs its event.', 'REQUIRED');
    const { slug: wanted, visibility: wantedVisibility, ...fields } = input;
    const row = em.create(Workshop, {
      ...fields,
      event,
      slug: await uniqueSlug(em, Workshop, wanted ?? slugify(input.title)),
      publishedAt: null,
    });
    await applyWorkshopRest(em, viewer, row, props.input, wantedVisibility);
    auditChange(em, viewer, 'create', row);
    return row;
  });
}

/** Changes the given fields of a workshop (editors). */
export async function updateWorkshop(props: WorkshopProps & { id: string }): Promise<Workshop> {
  const { viewer } = props;
  authorize(viewer, 'content.edit');
  const input = parseInput(updateWorkshopSchema, props.input);
  return props.em.transactional(async (em) => {
    const row = await loadForEditor(em, viewer, props.id, Workshop);
    const { slug: wanted, visibility: wantedVisibility, ...fields } = input;
    if (wanted && wanted !== row.slug) row.slug = await uniqueSlug(em, Workshop, wanted);
    em.assign(row, sent(fields));
    if (props.input.event !== undefined) {
      const event = await resolveReadableOne(em, viewer, Event, props.input.event, 'input.event');
      if (!event) throw UserInputProblem.of('input.event', 'A workshop needs its event.', 'REQUIRED');
      row.event = em.getReference(Event, event.id, { wrapped: true });
    }
    await applyWorkshopRest(em, viewer, row, props.input, wantedVisibility);
    auditChange(em, viewer, 'update', row);
    return row;
  });
}

async function applyWorkshopRest(
  em: EntityManager,
  viewer: Viewer,
  row: Workshop,
  input: WorkshopProps['input'],
  wanted?: EventVisibility,
) {
  await applyOwner(em, viewer, row, { owner: input.owner, visibility: wanted });
  const talk = await resolveReadableOne(em, viewer, Talk, input.talk, 'input.talk');
  if (talk !== undefined) row.talk = talk ? em.getReference(Talk, talk.id, { wrapped: true }) : null;
  if (row.talk && (talk ?? (await em.findOneOrFail(Talk, row.talk.id))).event.id !== row.event.id) {
    throw UserInputProblem.of('input.talk', 'The talk must be given at the workshop’s event.', 'INVALID');
  }
}
