import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { Event } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { notifyPromoted } from '../notification/notification.commands.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Registration, RegistrationStatus } from './registration.entity.js';

interface EventProps {
  em: EntityManager;
  viewer: Viewer;
  /** The event's global ID. */
  eventId: string;
}

function eventUuid(eventId: string): string {
  try {
    return decodeGlobalId(eventId, ['Event'], 'eventId').id;
  } catch (error) {
    throw UserInputProblem.of('eventId', error instanceof Error ? error.message : 'Not an ID.', 'INVALID');
  }
}

/**
 * Loads the event and locks its row for the rest of the transaction (SELECT … FOR UPDATE). Every change to the
 * event's registrations takes this lock first, so counting seats and taking one is atomic: concurrent registrations
 * for the last seats queue up on the row instead of over-booking.
 */
async function lockEvent(em: EntityManager, viewer: Viewer, eventId: string): Promise<Event> {
  const event = await em.findOne(
    Event,
    { $and: [{ id: eventUuid(eventId) }, readableWhere<Event>(viewer)] },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!event) throw UserInputProblem.of('eventId', 'There is no such event you may see.', 'NOT_FOUND');
  return event;
}

/** Confirmed seats in total and per organisation, read under the event's lock. */
async function seatCounts(em: EntityManager, eventId: string): Promise<{ total: number; byOrg: Map<string, number> }> {
  const rows: { organisation_id: string; n: string }[] = await em.execute(
    `select organisation_id, count(*) as n from registration where event_id = ? and status = ? group by organisation_id`,
    [eventId, RegistrationStatus.CONFIRMED],
  );
  const byOrg = new Map(rows.map((row) => [row.organisation_id, Number(row.n)]));
  return { total: [...byOrg.values()].reduce((a, b) => a + b, 0), byOrg };
}

function fits(event: Event, counts: { total: number; byOrg: Map<string, number> }, organisationId: string): boolean {
  if (event.capacity !== null && counts.total >= event.capacity) return false;
  const own = counts.byOrg.get(organisationId) ?? 0;
  return event.seatsPerOrganisation === null || own < event.seatsPerOrganisation;
}

/**
 * Registers the viewer for an event: a seat while there is room (in total and for their organisation), otherwise a
 * place at the end of the waiting list. Registering again while registered changes nothing.
 */
export function register(props: EventProps): Promise<Registration> {
  authorize(props.viewer, 'event.register');
  const viewer = props.viewer;
  return props.em.transactional(async (em) => {
    const event = await lockEvent(em, viewer, props.eventId);
    if (event.publishedAt === null)
      throw UserInputProblem.of('eventId', 'Registration opens when the event is published.', 'INVALID');
    if (event.endsAt.getTime() < Date.now()) throw UserInputProblem.of('eventId', 'This event is over.', 'INVALID');
    const existing = await em.findOne(Registration, { event: event.id, member: viewer.memberId });
    if (existing && existing.status !== RegistrationStatus.CANCELLED) return existing;
    const counts = await seatCounts(em, event.id);
    const [queue] = await em.execute<{ next: number }[]>(
      'select coalesce(max(sequence), 0) + 1 as next from registration where event_id = ?',
      [event.id],
    );
    const status = fits(event, counts, viewer.organisationId)
      ? RegistrationStatus.CONFIRMED
      : RegistrationStatus.WAITLISTED;
    const now = new Date();
    const fields = {
      status,
      sequence: Number(queue?.next ?? 1),
      registeredAt: now,
      confirmedAt: status === RegistrationStatus.CONFIRMED ? now : null,
      cancelledAt: null,
      organisation: em.getReference(Organisation, viewer.organisationId),
    };
    const row = existing
      ? em.assign(existing, fields)
      : em.create(Registration, { ...fields, event, member: em.getReference(Member, viewer.memberId) });
    recordAudit(em, {
      viewer,
      action: status === RegistrationStatus.CONFIRMED ? 'registration.confirm' : 'registration.waitlist',
      subjectType: 'Event',
      subjectId: event.nodeId,
      subjectLabel: event.title,
    });
    await em.flush();
    return row;
  });
}

/** Cancels the viewer's registration; a freed seat goes to the waiting list at once, first come first served. */
export function cancelRegistration(
  props: EventProps,
): Promise<{ registration: Registration; promoted: Registration[] }> {
  authorize(props.viewer, 'account.update');
  const viewer = props.viewer;
  return props.em.transactional(async (em) => {
    const event = await lockEvent(em, viewer, props.eventId);
    const registration = await em.findOne(Registration, { event: event.id, member: viewer.memberId });
    if (!registration || registration.status === RegistrationStatus.CANCELLED)
      throw UserInputProblem.of('eventId', 'You are not registered for this event.', 'NOT_FOUND');
    if (event.endsAt.getTime() < Date.now()) throw UserInputProblem.of('eventId', 'This event is over.', 'INVALID');
    registration.status = RegistrationStatus.CANCELLED;
    registration.cancelledAt = new Date();
    registration.confirmedAt = null;
    await em.flush();
    const promoted = await promote(em, event);
    recordAudit(em, {
      viewer,
      action: 'registration.cancel',
      subjectType: 'Event',
      subjectId: event.nodeId,
      subjectLabel: event.title,
    });
    await em.flush();
    return { registration, promoted };
  });
}

/**
 * Fills free seats from the waiting list in queue order. Someone whose organisation has used its seats is skipped
 * (keeping their place) and the next in line gets the seat. Those who move up are notified in the same transaction.
 * Call with the event's row locked.
 */
export async function promote(em: EntityManager, event: Event): Promise<Registration[]> {
  const counts = await seatCounts(em, event.id);
  const waiting = await em.find(
    Registration,
    { event: event.id, status: RegistrationStatus.WAITLISTED },
    { orderBy: { sequence: 'asc' } },
  );
  const promoted: Registration[] = [];
  for (const row of waiting) {
    if (event.capacity !== null && counts.total >= event.capacity) break;
    if (!fits(event, counts, row.organisation.id)) continue;
    row.status = RegistrationStatus.CONFIRMED;
    row.confirmedAt = new Date();
    counts.total += 1;
    counts.byOrg.set(row.organisation.id, (counts.byOrg.get(row.organisation.id) ?? 0) + 1);
    promoted.push(row);
  }
  await em.flush();
  await notifyPromoted(
    em,
    event,
    promoted.map((row) => row.member.id),
  );
  return promoted;
}

/**
 * Sets an event's capacity and per-organisation seat limit (editors). Raising them moves the waiting list up;
 * lowering them below the seats already given takes no seat away, it only stops new confirmations.
 */
export function setEventSeats(
  props: EventProps & { capacity: number | null; seatsPerOrganisation: number | null },
): Promise<Event> {
  authorize(props.viewer, 'content.edit');
  authorize(props.viewer, 'registration.manage');
  const viewer = props.viewer;
  for (const field of ['capacity', 'seatsPerOrganisation'] as const) {
    const value = props[field];
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > 100_000))
      throw UserInputProblem.of(field, 'Must be a whole number from 1 to 100000, or null for no limit.', 'INVALID');
  }
  return props.em.transactional(async (em) => {
    const event = await lockEvent(em, viewer, props.eventId);
    event.capacity = props.capacity;
    event.seatsPerOrganisation = props.seatsPerOrganisation;
    await em.flush();
    await promote(em, event);
    recordAudit(em, {
      viewer,
      action: 'event.seats',
      subjectType: 'Event',
      subjectId: event.nodeId,
      subjectLabel: event.title,
    });
    await em.flush();
    return event;
  });
}
