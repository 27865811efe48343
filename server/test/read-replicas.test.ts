import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { ensureDatabase, openDatabase, type Orm } from '../src/platform/database.js';
import { testLogger, type TestDatabase } from './helpers/database.js';
import {
  createApiToken,
  createCase,
  createMember,
  createMethod,
  createOrganisation,
  PASSWORD,
} from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';
import { onDatabase, startStreamingPair, type StreamingPair } from './helpers/streaming-replica.js';
import { domainModel } from '../src/model.js';

// A real streaming replica (a hot standby of its own primary), so "which connection served this" is also "could it
// see the latest write": a replica whose replay is paused shows the state before it.

const STICKY_SECONDS = 1;
let pair: StreamingPair;
let orm: Orm;
let client: TestClient;
let editorToken: string;
let method: { id: string; slug: string; summary: string };
/** ORM log lines since the last `served()`; with replicas, each names the connection that ran it. */
const log: string[] = [];

/** Which connections ran the statements logged since the last call. */
function served(): { primary: number; replica: number; replicaStatements: string[] } {
  const lines = log.splice(0);
  const replicaStatements = lines.filter((line) => line.includes("via read connection 'replica-1'"));
  return {
    primary: lines.filter((line) => line.includes('via write connection')).length,
    replica: replicaStatements.length,
    replicaStatements,
  };
}

const SUMMARY = 'query($slug: String!) { method(slug: $slug) { summary } }';
const summaryAs = async (headers: Record<string, string> = {}) =>
  (await client.query<{ method: { summary: string } }>(SUMMARY, { slug: method.slug }, headers)).data?.method.summary;

beforeAll(async () => {
  pair = await startStreamingPair(testLogger);
  const primary = await ensureDatabase(pair.primaryUrl, 'vidensbro');
  orm = await openDatabase({
    model: domainModel,
    url: primary,
    replicaUrls: [onDatabase(pair.replicaUrl, 'vidensbro')],
    logger: testLogger,
    onQuery: (line) => log.push(line),
    replicaProbeMs: 200,
  });
  const em = orm.em.fork();
  const organisation = await createOrganisation(em, { slug: 'replica-kommune' });
  const editor = await createMember(em, { organisation, role: MemberRole.EDITOR });
  await createMember(em, { organisation, email: 'reader@replica-kommune.example' });
  editorToken = await createApiToken(em, { member: editor, name: 'replica test' });
  // A public method with a case, so reads reach a nested list too.
  const found = await createMethod(em, { summary: 'Oprindelig' });
  await createCase(em, { organisation, methods: [found] });
  method = { id: encodeGlobalId('Method', found.id), slug: found.slug, summary: found.summary };
  const db = { orm, url: primary, queries: [], drop: async () => {} } satisfies TestDatabase;
  client = await createTestClient(db, { DATABASE_REPLICA_STICKY_SECONDS: STICKY_SECONDS });
  await pair.caughtUp();
}, 120_000);

afterAll(async () => {
  await client?.app.close();
  await orm?.close(true);
  await pair?.stop();
});

describe('read replicas (DATABASE_REPLICA_URLS)', () => {
  it('serves an anonymous query entirely from the replica', async () => {
    served();
    const result = await client.query<{ methods: { totalCount: number } }>(
      '{ methods(first: 5) { totalCount nodes { name cases(first: 2) { nodes { title } } } } }',
    );
    expect(result.data?.methods.totalCount).toBeGreaterThan(0);
    const counts = served();
    expect(counts.primary).toBe(0);
    expect(counts.replica).toBeGreaterThan(0);
    // Only reads ever reach it (a hot standby would refuse anything else).
    for (const statement of counts.replicaStatements) expect(statement).toMatch(/^\[query\] (select|with)\b/i);
  });

  it('authenticates on the primary, then reads content from the replica', async () => {
    served();
    const result = await client.query<{ viewer: { role: string } }>(
      '{ viewer { role } methods(first: 3) { nodes { name } } }',
      {},
      { authorization: `Bearer ${editorToken}` },
    );
    expect(result.data?.viewer.role).toBe('EDITOR');
    const counts = served();
    expect(counts.primary).toBeGreaterThan(0); // the token, its member, the membership
    expect(counts.replica).toBeGreaterThan(0);
  });

  it('runs a mutation and reads its answer on the primary; the writer keeps reading the primary for a while', async () => {
    await pair.pauseReplay();
    try {
      const editor = { authorization: `Bearer ${editorToken}` };
      const summary = `Opdateret ${Date.now()}`;
      served();
      const updated = await client.query<{ updateMethod: { method: { summary: string } } }>(
        'mutation($id: ID!, $s: String!) { updateMethod(id: $id, input: { summary: $s }) { method { summary } userErrors { message } } }',
        { id: method.id, s: summary },
        editor,
      );
      expect(updated.data?.updateMethod.method.summary).toBe(summary);
      expect(served().replica).toBe(0);
      // The editor sees the change at once (the primary); anyone else reads the replica, which has not got it yet.
      expect(await summaryAs(editor)).toBe(summary);
      expect(served().replica).toBe(0);
      expect(await summaryAs()).toBe(method.summary);
      expect(served().replica).toBeGreaterThan(0);
      // After the sticky window the editor reads the replica again.
      await new Promise((resolve) => setTimeout(resolve, STICKY_SECONDS * 1000 + 200));
      await summaryAs(editor);
      expect(served().replica).toBeGreaterThan(0);
      await pair.resumeReplay();
      await pair.caughtUp();
      expect(await summaryAs()).toBe(summary);
      method.summary = summary;
    } finally {
      await pair.resumeReplay();
    }
  });

  it('reads on the primary right after signing in, where the new session is', async () => {
    await pair.pauseReplay();
    try {
      const cookie = await client.signIn('reader@replica-kommune.example', PASSWORD);
      served();
      const viewer = await client.query<{ viewer: { member: { name: string } } }>(
        '{ viewer { member { name } } }',
        {},
        { cookie },
      );
      expect(viewer.data?.viewer.member.name).toBe('member of replica-kommune');
      expect(served().replica).toBe(0);
    } finally {
      await pair.resumeReplay();
    }
  });

  it('reads on the primary outside requests (the indexer must see committed state)', async () => {
    served();
    await orm.em.fork().find(Method, {}, { limit: 3 });
    const counts = served();
    expect(counts.replica).toBe(0);
    expect(counts.primary).toBe(1);
  });

  it('reads DATABASE_REPLICA_URLS as a comma-separated list of URLs that needs DATABASE_URL', () => {
    const primary = 'postgresql://app:secret@db:5432/vidensbro';
    const parse = (env: Record<string, string>) => loadConfig({ DATABASE_URL: primary, ...env });
    expect(parse({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(parse({ DATABASE_REPLICA_URLS: '' }).DATABASE_REPLICA_URLS).toEqual([]);
    expect(
      parse({ DATABASE_REPLICA_URLS: ' postgresql://r1:5432/vidensbro ,postgresql://r2:5432/vidensbro' })
        .DATABASE_REPLICA_URLS,
    ).toEqual(['postgresql://r1:5432/vidensbro', 'postgresql://r2:5432/vidensbro']);
    expect(() => parse({ DATABASE_REPLICA_URLS: 'replica-host' })).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgresql://r1/vidensbro' })).toThrow(
      /DATABASE_REPLICA_URLS: replicas need DATABASE_URL/,
    );
  });

  it('reads from the primary while the replica does not answer', async () => {
    await pair.stopReplica();
    const query = '{ methods(first: 3) { totalCount nodes { name } } }';
    // The probe notices within its interval; a request that picked the replica just before fails as retryable.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const attempt = await client.query(query);
      if (!attempt.errors) break;
      expect(attempt.errors[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      if (Date.now() > deadline) throw new Error('Reads did not move to the primary');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    served();
    const result = await client.query<{ methods: { totalCount: number } }>(query);
    expect(result.data?.methods.totalCount).toBeGreaterThan(0);
    const counts = served();
    expect(counts.replica).toBe(0);
    expect(counts.primary).toBeGreaterThan(0);
  });
});
