import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import type { Member } from '../src/modules/member/member.entity.js';
import { OrganisationKind } from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createApiToken, createMember, createMethod, createOrganisation } from './helpers/factories.js';
import { postGraphQL, startServerProcess, stopServerProcess, type ServerProcess } from './helpers/processes.js';

let db: TestDatabase;
let servers: ServerProcess[] = [];
let tokens: { anna: string; bo: string };
let anna: Member;
let methodId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const kommune = await createOrganisation(em, { slug: 'live-kommune' });
  const ngo = await createOrganisation(em, { slug: 'live-ngo', kind: OrganisationKind.NGO });
  anna = await createMember(em, { organisation: kommune, name: 'Anna' });
  const bo = await createMember(em, { organisation: ngo, name: 'Bo' });
  tokens = {
    anna: await createApiToken(em, { member: anna, name: 'live test' }),
    bo: await createApiToken(em, { member: bo, name: 'live test' }),
  };
  methodId = encodeGlobalId('Method', (await createMethod(em)).id);
  const meili: Record<string, string> = inject('meiliUrl')
    ? { MEILI_URL: inject('meiliUrl'), MEILI_MASTER_KEY: inject('meiliMasterKey') }
    : {};
  // Two server processes on one database: they share nothing but PostgreSQL.
  const env = {
    DATABASE_URL: db.url,
    SEED_DEMO: 'false',
    SEARCH_WORKER: 'false',
    SEARCH_INDEX_PREFIX: `live_${randomBytes(4).toString('hex')}_`,
    ...meili,
  };
  servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => stopServerProcess(server.child)));
  await db.drop();
});

/** Collects the events of one subscription. */
function subscribe(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
): { events: unknown[]; errors: unknown[]; stop: () => void } {
  const events: unknown[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe(
    { query, variables },
    { next: (value) => events.push(value.data), error: (error) => errors.push(error), complete: () => {} },
  );
  return { events, errors, stop };
}

/** Repeats `act` until `done` holds: a fresh subscription may need a moment before it listens. */
async function eventually(act: () => Promise<void>, done: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error('No live event arrived in time');
    await act();
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

describe('live updates across server processes', () => {
  it('delivers a comment written on one process to a subscriber on the other, and notifies the mentioned member', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const started = await postGraphQL<{ startThread: { thread: { id: string } } }>(
      b.url,
      'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } userErrors { message } } }',
      { i: { about: methodId, title: 'Live', body: 'Første indlæg' } },
      { authorization: `Bearer ${tokens.bo}` },
    );
    const threadId = started.data!.startThread.thread.id;
    const client = createClient({
      url: `${a.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens.anna}` },
      lazy: false,
    });
    try {
      const comments = subscribe(
        client,
        'subscription($t: ID!) { commentAdded(threadId: $t) { id bodyHtml authorName } }',
        { t: threadId },
      );
      const notes = subscribe(client, 'subscription { notificationAdded { kind actorName } }', {});
      const mention = `[@Anna](mention:${encodeGlobalId('Member', anna.id)})`;
      await eventually(
        async () => {
          await postGraphQL(
            b.url,
            'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }',
            { i: { threadId, body: `Hej ${mention}` } },
            { authorization: `Bearer ${tokens.bo}` },
          );
        },
        () => comments.events.length > 0 && notes.events.length > 0,
      );
      expect(comments.errors).toEqual([]);
      expect(comments.events[0]).toMatchObject({ commentAdded: { authorName: 'Bo' } });
      expect((comments.events[0] as { commentAdded: { bodyHtml: string } }).commentAdded.bodyHtml).toContain(
        'class="mention"',
      );
      expect(notes.events[0]).toEqual({ notificationAdded: { kind: 'MENTION', actorName: 'Bo' } });
      comments.stop();
      notes.stop();
    } finally {
      await client.dispose();
    }
  }, 60_000);

  it('refuses notification subscriptions without a signed-in member', async () => {
    const [a] = servers as [ServerProcess];
    const client = createClient({
      url: `${a.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
    });
    try {
      const result = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription { notificationAdded { kind } }' },
          { next: resolve, error: resolve, complete: () => resolve('complete') },
        );
      });
      expect(JSON.stringify(result)).toContain('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });
});
