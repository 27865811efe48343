import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { configureLiveFeeds } from '../src/live/feed.js';
import { liveEvents } from '../src/live/pubsub.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { Thread } from '../src/modules/discussion/thread.entity.js';
import { MemberRole, type Member } from '../src/modules/member/member.entity.js';
import {
  Membership,
  MembershipStatus,
  OrganisationKind,
  type Organisation,
} from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, testLogger, type TestDatabase } from './helpers/database.js';
import { createApiToken, createMember, createMethod, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
/** Small subscription caps, for the cap tests. */
let strict: TestClient;
/** Default caps. */
let roomy: TestClient;
let orgs: { a: Organisation; b: Organisation; c: Organisation };
let people: Record<'anna' | 'bo' | 'adminB' | 'dave' | 'erik', { member: Member; token: string }>;
let threadId: string;
/** A public method the threads are about. */
let methodUuid: string;

const COMMENTS = 'subscription($t: ID!) { commentAdded(threadId: $t) { id bodyHtml authorName } }';
const NOTIFICATIONS = 'subscription { notificationAdded { kind } }';

const wsUrl = (target: TestClient) => `ws://127.0.0.1:${(target.app.server.address() as AddressInfo).port}/graphql`;

/** A graphql-ws client; headers go with the upgrade request as a browser's cookie and Origin would. */
function connect(target: TestClient, options: { token?: string; headers?: Record<string, string> } = {}): Client {
  const headers = options.headers ?? {};
  class HeaderSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return createClient({
    url: wsUrl(target),
    webSocketImpl: HeaderSocket,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    lazy: false,
    retryAttempts: 0,
  });
}

interface Watch {
  events: unknown[];
  errors: { message: string; extensions?: Record<string, unknown> }[];
  completed: boolean;
  stop: () => void;
}

function watch(client: Client, query: string, variables: Record<string, unknown> = {}): Watch {
  const state: Watch = { events: [], errors: [], completed: false, stop: () => {} };
  state.stop = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        // A subscription refused when it starts answers with one result carrying errors.
        if (value.errors) state.errors.push(...(value.errors as Watch['errors']));
        else state.events.push(value.data);
      },
      error: (error: unknown) => state.errors.push(...((Array.isArray(error) ? error : [error]) as Watch['errors'])),
      complete: () => (state.completed = true),
    },
  );
  return state;
}

async function until(done: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The first error of a subscription that is expected to be refused. */
async function refusal(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const w = watch(client, query, variables);
  await until(() => w.errors.length > 0).catch((e: unknown) => {
    console.log('REFUSAL', JSON.stringify(w));
    throw e;
  });
  return w.errors[0]!;
}

async function comment(body: string): Promise<void> {
  const res = await roomy.query<{ addComment: { userErrors: unknown[] } }>(
    'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } userErrors { message } } }',
    { i: { threadId, body } },
    { authorization: `Bearer ${people.bo.token}` },
  );
  expect(res.data?.addComment.userErrors).toEqual([]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  orgs = {
    a: await createOrganisation(em, { slug: 'limits-a' }),
    b: await createOrganisation(em, { slug: 'limits-b', kind: OrganisationKind.NGO }),
    c: await createOrganisation(em, { slug: 'limits-c' }),
  };
  const make = async (organisation: Organisation, name: string, role?: MemberRole) => {
    const member = await createMember(em, { organisation, name, role, email: `${name}@limits.example` });
    return { member, token: await createApiToken(em, { member, name: 'live limits' }) };
  };
  people = {
    anna: await make(orgs.a, 'anna'),
    bo: await make(orgs.b, 'bo'),
    adminB: await make(orgs.b, 'adminb', MemberRole.ADMIN),
    dave: await make(orgs.b, 'dave'),
    erik: await make(orgs.c, 'erik'),
  };
  const config = { ALLOWED_ORIGINS: ['https://app.example'], LIVE_RECHECK_SECONDS: 3600 };
  strict = await createTestClient(db, {
    ...config,
    LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: 5,
    LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER: 8,
  });
  roomy = await createTestClient(db, config);
  await strict.app.listen({ host: '127.0.0.1', port: 0 });
  await roomy.app.listen({ host: '127.0.0.1', port: 0 });
  await liveEvents.connect(db.url, testLogger);
  const method = await createMethod(em);
  methodUuid = method.id;
  const started = await roomy.query<{ startThread: { thread: { id: string } } }>(
    'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } userErrors { message } } }',
    { i: { about: encodeGlobalId('Method', method.id), title: 'Grænser', body: 'Første indlæg' } },
    { authorization: `Bearer ${people.bo.token}` },
  );
  threadId = started.data!.startThread.thread.id;
}, 120_000);

afterAll(async () => {
  await liveEvents.close();
  await strict.app.close();
  await roomy.app.close();
  await db.drop();
});

describe('the WebSocket has the same guards as HTTP', () => {
  it('runs only subscriptions: queries and mutations are refused', async () => {
    const client = connect(roomy, { token: people.anna.token });
    try {
      for (const query of ['{ methods { totalCount } }', 'mutation { signOut { endedSessions } }']) {
        const error = await refusal(client, query);
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toMatch(/Only subscription operations/);
      }
    } finally {
      await client.dispose();
    }
  });

  it('applies the token, depth, cost, string and validation limits, with coded errors', async () => {
    const client = connect(roomy, { token: people.anna.token });
    try {
      let chain = '';
      for (let i = 0; i < 30; i++) chain += `fragment F${i} on Comment { ...F${i + 1} ...F${i + 1} }\n`;
      chain += 'fragment F30 on Comment { replies(first: 100) { totalCount } }';
      const started = Date.now();
      const cost = await refusal(client, `subscription($t: ID!) { commentAdded(threadId: $t) { ...F0 } }\n${chain}`, {
        t: threadId,
      });
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(cost).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
      expect(cost.message).toMatch(/cost/);
      expect(cost.extensions).not.toHaveProperty('http');
      const tokens = await refusal(
        client,
        `subscription { notificationAdded { kind ${'__typename '.repeat(2_100)} } }`,
      );
      expect(tokens).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
      expect(tokens.message).toMatch(/tokens/);
      const deep = `subscription($t: ID!) { commentAdded(threadId: $t) { ${'replies { nodes { '.repeat(5)} id ${'} } '.repeat(5)} } }`;
      expect((await refusal(client, deep, { t: threadId })).message).toMatch(/levels deep/);
      const long = await refusal(client, COMMENTS, { t: 'x'.repeat(200_000) });
      expect(long).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(long.message).toMatch(/too long/);
      expect(await refusal(client, 'subscription { nothing }')).toMatchObject({
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      });
    } finally {
      await client.dispose();
    }
  });

  it('refuses upgrades from pages on other origins', async () => {
    const port = (roomy.app.server.address() as AddressInfo).port;
    const open = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(wsUrl(roomy), 'graphql-transport-ws', { headers: { origin } });
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('error', () => resolve(-1));
      });
    expect(await open('https://evil.example')).toBe(403);
    expect(await open('null')).toBe(403);
    expect(await open(`http://127.0.0.1:${port}`)).toBe(101);
    expect(await open('https://app.example')).toBe(101);
  });

  it('closes a socket that sends a message over MAX_REQUEST_BYTES', async () => {
    const socket = new WebSocket(wsUrl(roomy), 'graphql-transport-ws');
    await new Promise((resolve) => socket.on('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: `subscription { notificationAdded { kind } } #${'x'.repeat(2_000_000)}` },
      }),
    );
    expect(await closed).toBe(1009);
  });
});

describe('subscription caps', () => {
  it('caps subscriptions per socket and per member, and frees them when they end', async () => {
    /**
     * A socket admits subscribe messages one at a time, in order: once an invalid one sent last is answered, every
     * earlier one on that socket has been admitted or refused.
     */
    const settled = async (client: Client) => {
      expect((await refusal(client, 'subscription { nothing }')).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    };
    const first = connect(strict, { token: people.anna.token });
    const second = connect(strict, { token: people.anna.token });
    try {
      const held = Array.from({ length: 4 }, () => watch(first, NOTIFICATIONS));
      await settled(first);
      held.push(watch(first, NOTIFICATIONS));
      const sixth = await refusal(first, NOTIFICATIONS);
      expect(sixth.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
      expect(sixth.message).toMatch(/connection/);
      // Four on the second socket make nine for the member, one over the eight allowed.
      const more = Array.from({ length: 3 }, () => watch(second, NOTIFICATIONS));
      const ninth = await refusal(second, NOTIFICATIONS);
      expect(ninth.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
      expect(ninth.message).toMatch(/member/);
      expect([...held, ...more].flatMap((w) => w.errors)).toEqual([]);
      // Ending one frees its place (the probe after it shows the server has handled the end).
      held[0]!.stop();
      await settled(first);
      const again = watch(second, NOTIFICATIONS);
      await settled(second);
      expect(again.errors).toEqual([]);
      // Closing a socket frees all of its places: 4 + 4 is within the member's 8 again.
      await first.dispose();
      const third = connect(strict, { token: people.anna.token });
      try {
        // The server learns of the close a moment later; until then the member still holds first's places.
        let after: Watch[] = [];
        for (let attempt = 0; attempt < 20; attempt++) {
          after = Array.from({ length: 4 }, () => watch(third, NOTIFICATIONS));
          await settled(third);
          if (after.every((w) => w.errors.length === 0)) break;
          for (const w of after) w.stop();
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(after.flatMap((w) => w.errors)).toEqual([]);
        expect((await refusal(third, NOTIFICATIONS)).message).toMatch(/member/);
      } finally {
        await third.dispose();
      }
    } finally {
      await first.dispose();
      await second.dispose();
    }
  });

  it('refuses anonymous viewers and members who may not read the thread', async () => {
    const anonymous = connect(roomy);
    const other = connect(roomy, { token: people.anna.token });
    const em = db.orm.em.fork();
    const privateThread = em.create(Thread, {
      subjectType: 'Method',
      subjectId: methodUuid,
      title: 'Kun B',
      visibility: Visibility.ORGANISATION,
      owner: orgs.b,
      publishedAt: new Date(),
    });
    await em.flush();
    try {
      expect(await refusal(anonymous, COMMENTS, { t: threadId })).toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(await refusal(anonymous, NOTIFICATIONS)).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(await refusal(other, COMMENTS, { t: encodeGlobalId('Thread', privateThread.id) })).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    } finally {
      await anonymous.dispose();
      await other.dispose();
    }
  });
});

describe('live events', () => {
  /** Statements the database sees for one comment, from the write until every watcher has it. */
  async function statementsPerComment(watchers: Watch[], label: string): Promise<number> {
    // A fresh subscription may need a moment to listen: warm up until every watcher has had one event.
    let n = 0;
    while (watchers.some((w) => w.events.length === 0)) {
      await comment(`${label} varm ${n++}`);
      await until(() => watchers.every((w) => w.events.length > 0), 2_000).catch(() => {});
    }
    const seen = watchers.map((w) => w.events.length);
    const before = db.queries.length;
    await comment(`${label} målt`);
    await until(() => watchers.every((w, i) => w.events.length > seen[i]!));
    await new Promise((resolve) => setTimeout(resolve, 100));
    return db.queries.length - before;
  }

  it('reads the rule and the comment once per event, whatever the number of subscribers', async () => {
    const one = connect(roomy, { token: people.anna.token });
    const sockets = [people.anna, people.erik, people.dave].map((p) => connect(roomy, { token: p.token }));
    try {
      const single = await statementsPerComment([watch(one, COMMENTS, { t: threadId })], 'en');
      one.terminate();
      const many = sockets.flatMap((socket) =>
        Array.from({ length: 15 }, () => watch(socket, COMMENTS, { t: threadId })),
      );
      const fortyFive = await statementsPerComment(many, 'mange');
      expect(many.flatMap((w) => w.errors)).toEqual([]);
      expect(
        many.every(
          (w) => (w.events.at(-1) as { commentAdded: { authorName: string } }).commentAdded.authorName === 'bo',
        ),
      ).toBe(true);
      expect(fortyFive).toBeLessThanOrEqual(single + 2);
    } finally {
      await one.dispose();
      for (const socket of sockets) await socket.dispose();
    }
  });

  it('ends subscriptions when the member is removed or the membership lapses, before the next event', async () => {
    const dave = connect(roomy, { token: people.dave.token });
    const erik = connect(roomy, { token: people.erik.token });
    const davesComments = watch(dave, COMMENTS, { t: threadId });
    const davesNotes = watch(dave, NOTIFICATIONS);
    const eriksComments = watch(erik, COMMENTS, { t: threadId });
    try {
      await statementsPerComment([davesComments, eriksComments], 'før');
      const removed = await roomy.query(
        'mutation($id: ID!) { removeMember(id: $id) { userErrors { message } } }',
        { id: encodeGlobalId('Member', people.dave.member.id) },
        { authorization: `Bearer ${people.adminB.token}` },
      );
      expect(removed.errors).toBeUndefined();
      await db.orm.em.fork().nativeUpdate(Membership, { organisation: orgs.c }, { status: MembershipStatus.LAPSED });
      const counts = [davesComments.events.length, eriksComments.events.length];
      await comment('efter');
      await until(() => davesComments.completed && eriksComments.completed);
      expect([davesComments.events.length, eriksComments.events.length]).toEqual(counts);
      expect(davesNotes.completed).toBe(false); // no event for it yet; the periodic check ends it (next test)
    } finally {
      await db.orm.em.fork().nativeUpdate(Membership, { organisation: orgs.c }, { status: MembershipStatus.ACTIVE });
      await dave.dispose();
      await erik.dispose();
    }
  });

  it('ends subscriptions of a session that signed out, without waiting for an event', async () => {
    configureLiveFeeds({ recheckMs: 200 });
    const cookie = await roomy.signIn('bo@limits.example', PASSWORD);
    const client = connect(roomy, { headers: { cookie } });
    try {
      const comments = watch(client, COMMENTS, { t: threadId });
      const notes = watch(client, NOTIFICATIONS);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(comments.completed || notes.completed).toBe(false);
      const out = await roomy.query('mutation { signOut { endedSessions } }', {}, { cookie });
      expect(out.data).toEqual({ signOut: { endedSessions: 1 } });
      await until(() => comments.completed && notes.completed, 3_000);
      expect([...comments.errors, ...notes.errors]).toEqual([]);
    } finally {
      configureLiveFeeds({ recheckMs: 3_600_000 });
      await client.dispose();
    }
  });
});
