import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { demoContent } from '../../seeds/demo/index.js';
import { SIGN_IN_LIMITS } from '../src/modules/auth/rate-limits.js';
import { ensureDatabase } from '../src/platform/database.js';
import { freePort } from '../src/platform/free-port.js';
import { SearchEngine } from '../src/search/engine.js';
import { caddyBinary, startCaddy, type RunningCaddy } from './helpers/caddy.js';
import {
  graphql,
  indexedCount,
  liveComment,
  loggedIds,
  operationCount,
  runCheck,
  SIGN_IN,
  signIn,
  until,
  VIEWER,
  type Account,
} from './helpers/cluster.js';
import { testLogger } from './helpers/database.js';
import { execForm, interpolateCompose, parseDockerfile, readRepoFile } from './helpers/deploy-files.js';
import { hasPrerequisite } from './helpers/prerequisites.js';
import { startServerProcess, startWorkerProcess, stopServerProcess, type ServerProcess } from './helpers/processes.js';

// The topology of docker-compose.yml on one machine: two server processes (SEARCH_WORKER=false) and two indexer
// workers (the worker CLI), started together on one empty PostgreSQL database and one Meilisearch. They share
// nothing else, so whatever works across them works across containers.

const meiliUrl = inject('meiliUrl');
const METRICS_TOKEN = `scale-${randomBytes(12).toString('hex')}`;
const database = `scale_${randomBytes(5).toString('hex')}`;
const prefix = `scale_${randomBytes(4).toString('hex')}_`;
let admin: pg.Client;
let dir: string;
let servers: [ServerProcess, ServerProcess];
let workers: [ServerProcess, ServerProcess];
let accounts: (Account & { role: string })[];
const account = (role: string) => accounts.find((candidate) => candidate.role === role)!;

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await admin.query(text, values)).rows as T[];
}

const pending = async () =>
  Number((await sql<{ n: string }>('select count(*) as n from search_outbox where processed_at is null'))[0]!.n);

const hasMeilisearch = hasPrerequisite(
  meiliUrl,
  'Meilisearch (for scale-out.test.ts)',
  'Set TEST_MEILI_URL (and TEST_MEILI_MASTER_KEY) to a Meilisearch 1.21, e.g. `docker compose up meilisearch`.',
);
const hasCaddy = hasPrerequisite(
  caddyBinary(),
  'Caddy (for the proxy tests in scale-out.test.ts)',
  'Install it with `apt-get install -y caddy`.',
);

describe.runIf(hasMeilisearch)('two servers and two indexer workers on one PostgreSQL and one Meilisearch', () => {
  beforeAll(async () => {
    const url = await ensureDatabase(inject('postgresUrl'), database);
    admin = new pg.Client({ connectionString: url });
    dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-scale-'));
    const shared = {
      DATABASE_URL: url,
      MEILI_URL: meiliUrl,
      MEILI_MASTER_KEY: inject('meiliMasterKey'),
      SEARCH_INDEX_PREFIX: prefix,
      METRICS_TOKEN,
    };
    const server = async (name: string) => {
      await mkdir(path.join(dir, name));
      return startServerProcess({
        ...shared,
        SEARCH_WORKER: 'false',
        SEED_DEMO: 'true',
        DATA_DIR: path.join(dir, name),
        // As in docker-compose.yml: out of the proxy's rotation before closing.
        SHUTDOWN_DRAIN_SECONDS: '5',
        TRUST_PROXY: 'true',
      });
    };
    // Small batches, so the two workers share the work; debug logs name the outbox rows each one indexed.
    const worker = () => startWorkerProcess({ ...shared, SEARCH_BATCH_SIZE: '5', LOG_LEVEL: 'debug', DATA_DIR: dir });
    // All four at once on an empty database, as `docker compose up` starts them.
    const started = await Promise.all([server('a'), server('b'), worker(), worker()]);
    servers = [started[0], started[1]];
    workers = [started[2], started[3]];
    await admin.connect();
    const files = ['a', 'b'].map((name) => path.join(dir, name, 'demo-accounts.txt')).filter((f) => existsSync(f));
    expect(files).toHaveLength(1);
    accounts = (await readFile(files[0]!, 'utf8'))
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => {
        const [role, email, password] = line.split('\t') as [string, string, string];
        return { role, email, password };
      });
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...(servers ?? []), ...(workers ?? [])].map((p) => stopServerProcess(p.child)));
    await admin?.end().catch(() => {});
    const engine = await SearchEngine.create({
      connection: { url: meiliUrl, apiKey: inject('meiliMasterKey') || undefined },
      prefix,
      logger: testLogger,
    });
    await engine.dropAll().catch(() => {});
    await engine.close();
    const maintenance = new pg.Client({ connectionString: inject('postgresUrl') });
    await maintenance.connect();
    await maintenance.query(`drop database if exists ${database} with (force)`);
    await maintenance.end();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts all four at once on an empty database: migrated once, demo content loaded once', async () => {
    const [organisations] = await sql<{ n: number }>('select count(*)::int as n from organisation');
    expect(organisations!.n).toBe(demoContent.organisations.length);
    expect(accounts.map((account) => account.role).sort()).toEqual(['EDITOR', 'MEMBER']);
  });

  it('passes the health checks of docker-compose.yml and the Dockerfile, run as the containers run them', async () => {
    const env = Object.fromEntries(
      ['SITE_ADDRESS', 'POSTGRES_PASSWORD', 'MEILI_MASTER_KEY', 'METRICS_TOKEN', 'MINIO_ROOT_PASSWORD'].map((name) => [
        name,
        'x'.repeat(16),
      ]),
    );
    type Check = { healthcheck: { test: string[] }; command?: string[] };
    const compose = parse(interpolateCompose(readRepoFile('docker-compose.yml'), env), { merge: true }) as {
      services: Record<string, Check>;
    };
    const worker = Object.values(compose.services).find((s) => s.command?.includes('worker'))!;
    const check = (service: Check, port: string) =>
      service.healthcheck.test.slice(1).map((part) => part.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`));
    const portOf = (process: ServerProcess) => new URL(process.url).port;
    for (const server of servers) expect(await runCheck(check(compose.services['server-1']!, portOf(server)))).toBe(0);
    for (const process of workers) expect(await runCheck(check(worker, portOf(process)))).toBe(0);
    const final = parseDockerfile(readRepoFile('Dockerfile')).at(-1)!;
    const healthcheck = final.instructions.find((i) => i.keyword === 'HEALTHCHECK')!;
    const imageCheck = execForm(healthcheck.args.replace(/^.*?\bCMD\s+/, ''))!;
    for (const server of servers) expect(await runCheck(imageCheck, { PORT: portOf(server) })).toBe(0);
    // The checks can fail: nothing listens on a closed port.
    const closed = String(await freePort());
    expect(await runCheck(imageCheck, { PORT: closed })).not.toBe(0);
    expect(await runCheck(check(compose.services['server-1']!, closed))).not.toBe(0);
  });

  it('accepts a session cookie set by one process on the other, and signing out on either ends it', async () => {
    const [a, b] = servers;
    const cookie = await signIn(a, account('EDITOR'));
    const onB = await graphql<{ viewer: { member: { name: string }; authenticatedWith: string } }>(
      b,
      VIEWER,
      {},
      {
        cookie,
      },
    );
    expect(onB.data?.viewer).toEqual({ member: { name: 'Rikke Redaktør' }, authenticatedWith: 'SESSION' });
    await graphql(b, 'mutation { signOut { endedSessions } }', {}, { cookie });
    expect((await graphql<{ viewer: null }>(a, VIEWER, {}, { cookie })).data?.viewer).toBeNull();
  });

  it('delivers a comment written on one process to a subscriber on the other', async () => {
    const [a, b] = servers;
    const event = await liveComment({
      subscribeAt: a,
      subscriberCookie: await signIn(a, account('EDITOR')),
      writeAt: b,
      writerCookie: await signIn(b, account('MEMBER')),
    });
    expect(event).toMatchObject({ commentAdded: { authorName: 'Mads Medlem' } });
  }, 60_000);

  it('counts failed sign-ins across both processes', async () => {
    const [a, b] = servers;
    const attempt = (server: ServerProcess) =>
      graphql<{ signIn: { userErrors: { code: string }[] } }>(server, SIGN_IN, {
        i: { email: 'nobody@scale.example', password: 'not-the-password' },
      });
    // The wrong passwords allowed for one account from one address, split over both processes: neither reaches
    // the limit alone, yet both refuse the next attempt.
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) {
      const result = await attempt(i % 2 === 0 ? a : b);
      expect(result.data?.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    for (const server of servers) expect((await attempt(server)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('indexes every outbox row exactly once between the two workers', async () => {
    await until(async () => (await pending()) === 0, 'the outbox to drain after start-up');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the last batch's log line and counter
    const [{ max }] = (await sql<{ max: string | null }>('select max(id)::text as max from search_outbox')) as [
      { max: string | null },
    ];
    const after = BigInt(max ?? '0');
    // A burst of changes: every method and case queued again, as an edit would queue it.
    await sql(
      `insert into search_outbox (entity_type, entity_id, op)
         select 'Method', id, 'upsert' from method union all select 'Case', id, 'upsert' from practice_case`,
    );
    await until(async () => (await pending()) === 0, 'the workers to index the burst');
    const rows = await sql<{ id: string; processed: boolean }>(
      'select id::text, processed_at is not null as processed from search_outbox where id > $1 order by id',
      [String(after)],
    );
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.every((row) => row.processed)).toBe(true);
    await until(
      async () => workers.flatMap((worker) => loggedIds(worker, after)).length >= rows.length,
      'the workers to log what they indexed',
      10_000,
    );
    const byWorker = workers.map((worker) => loggedIds(worker, after));
    const all = byWorker.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(rows.map((row) => row.id).sort());
    // Both took part, and each one's counter agrees with every row it logged since it started. (Not a delta over
    // the burst: a transaction that committed late can hold outbox ids below `after`.)
    for (const ids of byWorker) expect(ids.length).toBeGreaterThan(0);
    const everLogged = () => workers.map((worker) => loggedIds(worker, 0n).length);
    await until(
      async () => {
        const counts = await Promise.all(workers.map((worker) => indexedCount(worker, METRICS_TOKEN)));
        return counts.every((count, i) => count === everLogged()[i]);
      },
      'each worker to log every row its counter counted',
      10_000,
    ).catch(() => {});
    const counts = await Promise.all(workers.map((worker) => indexedCount(worker, METRICS_TOKEN)));
    expect(counts).toEqual(everLogged());
  }, 120_000);

  // The proxy of docker-compose.yml, run from its Caddyfile, when this machine has caddy (apt-get install caddy).
  describe.runIf(hasCaddy)("behind the deployment's Caddyfile", () => {
    let proxy: RunningCaddy;
    beforeAll(async () => {
      proxy = await startCaddy({
        caddyfile: readRepoFile('deploy/Caddyfile'),
        upstreams: servers.map((server) => new URL(server.url).host),
        dir: path.join(dir, 'caddy'),
      });
    }, 60_000);
    afterAll(async () => proxy?.stop());

    it('spreads requests over both servers, with one session valid on either', async () => {
      const cookie = await signIn(proxy, account('MEMBER'));
      const count = () => Promise.all(servers.map((server) => operationCount(server, METRICS_TOKEN, 'ThroughProxy')));
      const before = await count();
      for (let i = 0; i < 20; i++) {
        const result = await graphql<{ viewer: { member: { name: string } } }>(
          proxy,
          'query ThroughProxy { viewer { member { name } } }',
          {},
          { cookie },
        );
        expect(result.data?.viewer.member.name).toBe('Mads Medlem');
      }
      const served = (await count()).map((after, i) => after - before[i]!);
      expect(served.reduce((sum, n) => sum + n, 0)).toBe(20);
      for (const n of served) expect(n).toBeGreaterThan(0);
    });

    it('passes WebSocket subscriptions (graphql-ws on /graphql) through', async () => {
      const event = await liveComment({
        subscribeAt: proxy,
        subscriberCookie: await signIn(proxy, account('EDITOR')),
        writeAt: proxy,
        writerCookie: await signIn(proxy, account('MEMBER')),
      });
      expect(event).toMatchObject({ commentAdded: { authorName: 'Mads Medlem' } });
    }, 60_000);

    it('keeps /metrics for scrapers inside the network', async () => {
      const response = await fetch(`${proxy.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(response.status).toBe(404);
    });

    it('takes a stopping server out of rotation before it stops listening, so no request fails', async () => {
      const [a] = servers;
      const stopping = stopServerProcess(a.child);
      let exited = 0;
      void stopping.then(() => (exited = Date.now()));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Draining: its health check fails, yet it still answers requests.
      expect((await fetch(`${a.url}/healthz`)).status).toBe(503);
      expect((await graphql<{ methods: unknown }>(a, '{ methods(first: 1) { totalCount } }')).data).toBeTruthy();
      const statuses: number[] = [];
      // Through the proxy during the drain and for two seconds after the process has gone.
      while (!exited || Date.now() - exited < 2000) {
        const response = await fetch(`${proxy.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ methods(first: 1) { totalCount } }' }),
        });
        statuses.push(response.status);
        await response.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await stopping).toBe(0);
      expect(statuses.length).toBeGreaterThan(20);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
    }, 60_000);
  });
});
