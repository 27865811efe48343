import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createReadFixture, preparePostGraphile, type ReadFixture } from '../../bench/lib/fixture.js';
import type { LoadOptions } from '../../bench/lib/load.js';
import { startPostGraphile, type Peer } from '../../bench/lib/peers.js';
import { casePageWorkload, loadWorkload, nestedListWorkload } from '../../bench/lib/read.js';
import { compareSchemas } from '../../bench/lib/schema.js';
import { allDocuments, compareSearch, ingest, searchQueries } from '../../bench/lib/search.js';
import { generateContent } from '../../seeds/generate-content.js';
import { seedContent } from '../src/seeding/seed.js';
import { startSearch, type SearchRuntime } from '../src/search/runtime.js';
import { createTestDatabase, testLogger, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';
import { hasPrerequisite } from './helpers/prerequisites.js';

/**
 * `npm run bench` in miniature, so it keeps working: every workload runs once against tiny data and must
 * produce numbers. Never a timing assertion (statement counts per request need pg_stat_statements, which the
 * test PostgreSQL does not load; read-statements.test.ts asserts them instead).
 */
const hasMeilisearch = hasPrerequisite(
  inject('meiliUrl'),
  'Meilisearch (for the search benchmark smoke test)',
  'Set TEST_MEILI_URL (and TEST_MEILI_MASTER_KEY) to a Meilisearch 1.21, e.g. `docker compose up meilisearch`.',
);
const tiny: LoadOptions = { connections: 2, seconds: 1, warmupSeconds: 1, rounds: 1 };

let db: TestDatabase;
let client: TestClient;
let fixture: ReadFixture;
let ours: Peer;
let theirs: Peer | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em.fork(), generateContent({ cases: 40, seed: 9 }));
  fixture = await createReadFixture(db.orm.em.fork(), 12);
  await db.orm.em.getConnection().execute('analyze');
  client = await createTestClient(db);
  const address = await client.app.listen({ host: '127.0.0.1', port: 0 });
  ours = { name: 'Vidensbro', url: `${address}/graphql`, pid: process.pid, stop: async () => {} };
  theirs = await startPostGraphile(await preparePostGraphile(db.url));
}, 180_000);
afterAll(async () => {
  await theirs?.stop();
  await client.app.close();
  await db.drop();
});

describe('the benchmark suite', () => {
  it('loads both peers with the nested list and the case page after checking they answer alike', async () => {
    for (const workload of [nestedListWorkload(10), casePageWorkload(fixture)]) {
      const [a, b] = await loadWorkload(workload, ours, theirs!, tiny);
      for (const result of [a!, b!]) {
        expect(result.median.rps).toBeGreaterThan(0);
        expect(result.median.errors).toBe(0);
        expect(result.rounds).toHaveLength(1);
      }
    }
  }, 60_000);

  it('executes the nested list on our schema and a plain graphql-js schema alike', async () => {
    const result = await compareSchemas({ seconds: 0.2, rounds: 1, first: 10 });
    expect(result.ours).toBeGreaterThan(0);
    expect(result.plain).toBeGreaterThan(0);
  });

  it.skipIf(!hasMeilisearch)(
    'measures search against raw Meilisearch, and indexing against raw ingestion',
    async () => {
      const search: SearchRuntime = await startSearch({
        config: {
          MEILI_URL: inject('meiliUrl'),
          MEILI_MASTER_KEY: inject('meiliMasterKey') || undefined,
          SEARCH_INDEX_PREFIX: `smoke_${randomBytes(4).toString('hex')}_`,
          SEARCH_WORKER: false,
          SEARCH_BATCH_SIZE: 100,
          dataDir: '/nonexistent',
        },
        orm: db.orm,
        logger: testLogger,
      });
      try {
        const engine = search.engine!;
        const indexing = await ingest({ orm: db.orm, engine, logger: testLogger, batchSize: 100, drainSeconds: 20 });
        expect(indexing.documents).toBeGreaterThan(40);
        expect(indexing.reindexRate).toBeGreaterThan(0);
        expect(indexing.rawRate).toBeGreaterThan(0);
        // The HTTP server's search runtime is looked up by the ORM, so it finds this one.
        const queries = searchQueries(await allDocuments(db.orm, engine), 8);
        const result = await compareSearch({
          graphqlUrl: ours.url,
          engine,
          service: search.service!,
          client: engine.client,
          queries,
          concurrency: 2,
          rounds: 1,
          // The shared Meilisearch of the test run is not this suite's child: its CPU is not read here.
          pids: { server: ours.pid, meilisearch: undefined },
        });
        expect(result.graphql.p50).toBeGreaterThan(0);
        expect(result.raw.p50).toBeGreaterThan(0);
        expect(result.cpu.graphql.server).not.toBeNull();
        expect(result.cpu.raw.meilisearch).toBeNull();
        await engine.dropAll();
      } finally {
        await search.stop();
      }
    },
    120_000,
  );
});
