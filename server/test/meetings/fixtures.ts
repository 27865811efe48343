import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Event, EventKind, Workshop } from '../../src/modules/event/event.entity.js';

const DAY = 86_400_000;

/** A published forum meeting, by default a month from now. */
export async function createEvent(
  em: EntityManager,
  props: {
    slug: string;
    capacity?: number | null;
    seatsPerOrganisation?: number | null;
    startsInDays?: number;
    visibility?: Visibility;
    title?: string;
  },
): Promise<{ event: Event; id: string }> {
  const startsAt = new Date(Date.now() + (props.startsInDays ?? 30) * DAY);
  const event = em.create(Event, {
    slug: props.slug,
    kind: EventKind.FORUM_MEETING,
    title: props.title ?? `Forummøde ${props.slug}`,
    theme: 'Tidlig indsats',
    description: 'Oplæg og workshops, også om ; og , og "citater".',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
    venue: 'Musikhuset',
    city: 'Aarhus',
    visibility: props.visibility ?? Visibility.MEMBERS,
    publishedAt: new Date(),
    capacity: props.capacity ?? null,
    seatsPerOrganisation: props.seatsPerOrganisation ?? null,
  });
  await em.flush();
  return { event, id: encodeGlobalId('Event', event.id) };
}

export async function createWorkshop(em: EntityManager, event: Event, slug: string): Promise<Workshop> {
  const workshop = em.create(Workshop, {
    slug,
    event,
    title: `Workshop ${slug}`,
    description: 'Hvad betyder oplægget hos jer?',
    startsAt: event.startsAt,
    durationMinutes: 90,
    visibility: Visibility.MEMBERS,
    publishedAt: new Date(),
  });
  await em.flush();
  return workshop;
}

/** Kept here for the meeting tests that import it from this file; it lives with the other builders. */
export { sessionCookie } from '../helpers/factories.js';
