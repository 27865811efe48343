import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { MembershipStatus, type Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Registration, RegistrationStatus } from '../../src/modules/registration/registration.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let orgA: Organisation;
let orgB: Organisation;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  orgA = await createOrganisation(em, { slug: 'reg-a' });
  orgB = await createOrganisation(em, { slug: 'reg-b' });
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

/** A new member of the organisation, signed in. */
async function person(organisation: Organisation, role = MemberRole.MEMBER): Promise<string> {
  const em = db.orm.em.fork();
  n += 1;
  const member = await createMember(em, { organisation, role, email: `p${n}@${organisation.slug}.example` });
  return sessionCookie(em, member);
}

const REGISTER =
  'mutation($e: ID!) { registerForEvent(eventId: $e) { registration { status waitlistPosition event { title } } userErrors { code message } } }';
const CANCEL =
  'mutation($e: ID!) { cancelRegistration(eventId: $e) { registration { status } userErrors { code message } } }';
type Reg = { status: string; waitlistPosition: number | null } | null;

async function registerAs(cookie: string, eventId: string): Promise<Reg> {
  const res = await client.query<{ registerForEvent: { registration: Reg; userErrors: unknown[] } }>(
    REGISTER,
    { e: eventId },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.registerForEvent.registration;
}

describe('registration', () => {
  it('gives seats until the event is full, then a FIFO waiting list that moves up on cancellation', async () => {
    const { id } = await createEvent(db.orm.em.fork(), { slug: 'fifo', capacity: 2 });
    const [a, b, c, d] = await Promise.all([person(orgA), person(orgB), person(orgA), person(orgB)]);
    expect((await registerAs(a, id))?.status).toBe('CONFIRMED');
    expect((await registerAs(b, id))?.status).toBe('CONFIRMED');
    expect(await registerAs(c, id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(await registerAs(d, id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
    // Registering twice changes nothing.
    expect(await registerAs(c, id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });

    const cancelled = await client.query<{ cancelRegistration: { registration: Reg } }>(
      CANCEL,
      { e: id },
      { cookie: a },
    );
    expect(cancelled.data?.cancelRegistration.registration?.status).toBe('CANCELLED');
    // c was first in line and moves up; d is now next.
    expect((await registerAs(c, id))?.status).toBe('CONFIRMED');
    expect(await registerAs(d, id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    // a registering again goes to the back of the line.
    expect(await registerAs(a, id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

    const seats = await client.query<{ event: { seatsTaken: number; seatsLeft: number; waitlistLength: number } }>(
      'query { event(slug: "fifo") { seatsTaken seatsLeft waitlistLength viewerRegistration { status } } }',
      {},
      { cookie: d },
    );
    expect(seats.data?.event).toMatchObject({
      seatsTaken: 2,
      seatsLeft: 0,
      waitlistLength: 2,
      viewerRegistration: { status: 'WAITLISTED' },
    });
  });

  it('keeps to the per-organisation seat limit, and the waiting list skips an organisation that is full', async () => {
    const { id } = await createEvent(db.orm.em.fork(), { slug: 'per-org', capacity: 3, seatsPerOrganisation: 1 });
    const [a1, a2, b1, b2] = await Promise.all([person(orgA), person(orgA), person(orgB), person(orgB)]);
    expect((await registerAs(a1, id))?.status).toBe('CONFIRMED');
    expect((await registerAs(a2, id))?.status).toBe('WAITLISTED'); // A has used its seat, though seats are left
    expect((await registerAs(b1, id))?.status).toBe('CONFIRMED');
    expect((await registerAs(b2, id))?.status).toBe('WAITLISTED');
    // b1 cancels: a2 is first in line but A is full, so b2 gets B's seat.
    await client.query(CANCEL, { e: id }, { cookie: b1 });
    expect((await registerAs(b2, id))?.status).toBe('CONFIRMED');
    expect((await registerAs(a2, id))?.status).toBe('WAITLISTED');
  });

  it('lets editors set seats (moving the waiting list up) and see the registrants; members may not', async () => {
    const { id } = await createEvent(db.orm.em.fork(), { slug: 'seats', capacity: 1 });
    const editor = await person(orgA, MemberRole.EDITOR);
    const [m1, m2] = await Promise.all([person(orgA), person(orgB)]);
    await registerAs(m1, id);
    expect((await registerAs(m2, id))?.status).toBe('WAITLISTED');
    const SET =
      'mutation($i: EventSeatsInput!) { setEventSeats(input: $i) { event { capacity seatsLeft } userErrors { field code } } }';
    const denied = await client.query(SET, { i: { eventId: id, capacity: 5 } }, { cookie: m1 });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await client.query<{ setEventSeats: { userErrors: { field: string }[] } }>(
      SET,
      { i: { eventId: id, capacity: 0 } },
      { cookie: editor },
    );
    expect(bad.data?.setEventSeats.userErrors[0]?.field).toBe('capacity');
    const ok = await client.query(SET, { i: { eventId: id, capacity: 5 } }, { cookie: editor });
    expect(ok.data).toEqual({ setEventSeats: { event: { capacity: 5, seatsLeft: 3 }, userErrors: [] } });
    expect((await registerAs(m2, id))?.status).toBe('CONFIRMED');

    const LIST =
      'query { event(slug: "seats") { registrations(first: 10) { totalCount nodes { status member { name } organisation { slug } } } } }';
    const list = await client.query<{
      event: { registrations: { totalCount: number; nodes: { organisation: { slug: string } }[] } };
    }>(LIST, {}, { cookie: editor });
    expect(list.errors).toBeUndefined();
    expect(list.data?.event.registrations.totalCount).toBe(2);
    expect(list.data?.event.registrations.nodes.map((r) => r.organisation.slug)).toEqual(['reg-a', 'reg-b']);
    const forbidden = await client.query(LIST, {}, { cookie: m1 });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses anonymous visitors and lapsed members, and lists "your meetings"', async () => {
    const { id } = await createEvent(db.orm.em.fork(), { slug: 'mine', startsInDays: 3 });
    const anonymous = await client.query(REGISTER, { e: id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const lapsedOrg = await createOrganisation(db.orm.em.fork(), {
      slug: 'reg-lapsed',
      status: MembershipStatus.LAPSED,
    });
    const lapsed = await client.query(REGISTER, { e: id }, { cookie: await person(lapsedOrg) });
    expect(lapsed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const me = await person(orgB);
    const later = await createEvent(db.orm.em.fork(), { slug: 'mine-later', startsInDays: 60 });
    await registerAs(me, later.id);
    await registerAs(me, id);
    const res = await client.query<{ viewer: { meetings: { status: string; event: { title: string } }[] } }>(
      'query { viewer { meetings { status event { title } } } }',
      {},
      { cookie: me },
    );
    expect(res.data?.viewer.meetings.map((m) => m.event.title)).toEqual(['Forummøde mine', 'Forummøde mine-later']);
    await client.query(CANCEL, { e: id }, { cookie: me });
    const after = await client.query<{ viewer: { meetings: unknown[] } }>(
      'query { viewer { meetings { status } } }',
      {},
      { cookie: me },
    );
    expect(after.data?.viewer.meetings).toHaveLength(1);
  });

  it('never over-books: 50 simultaneous registrations for the last 10 seats give exactly 10 seats', async () => {
    const em = db.orm.em.fork();
    const { event, id } = await createEvent(em, { slug: 'rush', capacity: 50 });
    // 40 seats are already taken.
    const early = await Promise.all(Array.from({ length: 40 }, () => person(orgA)));
    for (const cookie of early) await registerAs(cookie, id);
    const rush = await Promise.all(Array.from({ length: 50 }, (_, i) => person(i % 2 ? orgA : orgB)));

    const results = await Promise.all(rush.map((cookie) => registerAs(cookie, id)));

    expect(results.filter((r) => r?.status === 'CONFIRMED')).toHaveLength(10);
    expect(results.filter((r) => r?.status === 'WAITLISTED')).toHaveLength(40);
    const rows = await db.orm.em.fork().find(Registration, { event: event.id });
    expect(rows.filter((r) => r.status === RegistrationStatus.CONFIRMED)).toHaveLength(50);
    // The queue has no gaps or duplicates, so the waiting list order is well defined.
    expect(new Set(rows.map((r) => r.sequence)).size).toBe(90);
    const positions = results.filter((r) => r?.status === 'WAITLISTED').map((r) => r!.waitlistPosition);
    expect(new Set(positions).size).toBe(40);
  });
});
