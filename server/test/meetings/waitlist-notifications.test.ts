import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_CHANNEL } from '../../src/live/pubsub.js';
import { MemberRole, type Member } from '../../src/modules/member/member.entity.js';
import type { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let org: Organisation;
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  org = await createOrganisation(db.orm.em.fork(), { slug: 'wl-org' });
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

async function person(role = MemberRole.MEMBER): Promise<{ member: Member; cookie: string }> {
  const em = db.orm.em.fork();
  n += 1;
  const member = await createMember(em, { organisation: org, role, email: `wl${n}@wl.example` });
  return { member, cookie: await sessionCookie(em, member) };
}

async function gql<T>(query: string, variables: Record<string, unknown>, cookie: string): Promise<T> {
  const res = await client.query<T>(query, variables, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const register = (e: string, cookie: string) =>
  gql('mutation($e: ID!) { registerForEvent(eventId: $e) { registration { status } } }', { e }, cookie);

type Notes = {
  notifications: {
    nodes: { kind: string; actorName: string; thread: unknown; event: { id: string; title: string } | null }[];
  };
  viewer: { unreadNotificationCount: number };
};
const NOTES =
  'query { notifications(first: 10) { nodes { kind actorName thread { id } event { id title } } } viewer { unreadNotificationCount } }';

describe('moving up from the waiting list', () => {
  it('notifies the member who got the seat (and only them), live after the commit', async () => {
    const { id, event } = await createEvent(db.orm.em.fork(), { slug: 'wl-full', capacity: 1 });
    const [first, second, third] = [await person(), await person(), await person()];
    await register(id, first.cookie);
    await register(id, second.cookie);
    await register(id, third.cookie);

    const listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    const live: { topic: string; payload: unknown }[] = [];
    listener.on('notification', (message) =>
      live.push(JSON.parse(message.payload ?? '{}') as { topic: string; payload: unknown }),
    );
    await listener.query(`listen ${LIVE_CHANNEL}`);
    try {
      await gql(
        'mutation($e: ID!) { cancelRegistration(eventId: $e) { registration { status } } }',
        { e: id },
        first.cookie,
      );
      const deadline = Date.now() + 5000;
      while (!live.some((m) => m.topic.startsWith('NOTIFICATION_ADDED')) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await listener.end();
    }
    expect(live.map((m) => m.topic)).toEqual([`NOTIFICATION_ADDED:${second.member.id}`]);

    const promoted = await gql<Notes>(NOTES, {}, second.cookie);
    expect(promoted.notifications.nodes).toEqual([
      { kind: 'WAITLIST_PROMOTED', actorName: 'Vidensbro', thread: null, event: { id, title: event.title } },
    ]);
    expect(promoted.viewer.unreadNotificationCount).toBe(1);
    for (const other of [first, third])
      expect((await gql<Notes>(NOTES, {}, other.cookie)).notifications.nodes).toEqual([]);
  });

  it('notifies everyone who moves up when an editor adds seats', async () => {
    const { id } = await createEvent(db.orm.em.fork(), { slug: 'wl-more', capacity: 1 });
    const [a, b, c] = [await person(), await person(), await person()];
    for (const p of [a, b, c]) await register(id, p.cookie);
    const editor = await person(MemberRole.EDITOR);
    await gql(
      'mutation($i: EventSeatsInput!) { setEventSeats(input: $i) { event { seatsLeft } } }',
      { i: { eventId: id, capacity: 3 } },
      editor.cookie,
    );
    for (const p of [b, c])
      expect((await gql<Notes>(NOTES, {}, p.cookie)).notifications.nodes.map((x) => x.kind)).toEqual([
        'WAITLIST_PROMOTED',
      ]);
    expect((await gql<Notes>(NOTES, {}, a.cookie)).notifications.nodes).toEqual([]);
  });
});
