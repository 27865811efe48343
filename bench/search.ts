/**
 * `npm run bench`: search latency through GraphQL against raw Meilisearch for the same 200 queries, and reindex
 * throughput against raw document ingestion, all in one run on the same machine; prints the ratios.
 * BENCH_CASES sets the size (default 10,000 cases plus the methods, studies and organisations that go with them).
 * Not a test: numbers vary by machine. Uses its own embedded PostgreSQL and Meilisearch in a temp folder.
 */
import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { Agent, request } from 'undici';
import { generateContent, mulberry32 } from '../seeds/generate-content.js';
import { loadConfig } from '../server/src/config.js';
import { getSchema } from '../server/src/graphql/schema.js';
import { ensureDatabase, openDatabase } from '../server/src/platform/database.js';
import { startEmbeddedPostgres } from '../server/src/platform/embedded-postgres.js';
import { createHttpServer } from '../server/src/platform/http.js';
import { createLogger } from '../server/src/platform/logger.js';
import { startEmbeddedMeilisearch } from '../server/src/platform/meilisearch.js';
import { seedContent } from '../server/src/platform/seed.js';
import { buildDocuments, loadRowsAfter, SEARCH_TYPES, type SearchDocument } from '../server/src/search/documents.js';
import { reindex } from '../server/src/search/reindex.js';
import { startSearch } from '../server/src/search/runtime.js';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const QUERIES = 200;
const logger = createLogger('warn');

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
};
const fmt = (s: { p50: number; p95: number; mean: number }) =>
  `p50 ${s.p50.toFixed(2)} ms · p95 ${s.p95.toFixed(2)} ms · mean ${s.mean.toFixed(2)} ms`;
async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-bench-'));
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), logger, ephemeral: true });
const meili = await startEmbeddedMeilisearch({ dataDir: path.join(dir, 'meili'), logger });
if (!meili) throw new Error('The benchmark needs the embedded Meilisearch (linux-x64).');
try {
  const orm = await openDatabase({ url: await ensureDatabase(pg.url, 'bench'), logger });
  const content = generateContent({ cases: CASES });
  console.log(`Seeding ${CASES} cases (+ methods, studies, organisations, topics)…`);
  await seedContent(orm.em, content);
  const search = await startSearch({
    config: {
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.apiKey,
      SEARCH_INDEX_PREFIX: 'bench_',
      SEARCH_WORKER: false,
      SEARCH_BATCH_SIZE: 500,
      dataDir: dir,
    },
    connection: meili,
    orm,
    logger,
  });
  const engine = search.engine!;
  await engine.prepare();

  // 1. Reindex (Postgres → documents → Meilisearch, swap) against raw ingestion of the same documents.
  const reindexed = await reindex({ orm, engine, logger });
  const docs: SearchDocument[] = [];
  for (const type of SEARCH_TYPES) {
    let after: string | null = null;
    for (;;) {
      const em = orm.em.fork();
      const rows = await loadRowsAfter(em, type, after, 1000);
      docs.push(...(await buildDocuments(em, engine.lexicon, type, rows)));
      if (rows.length < 1000) break;
      after = rows.at(-1)!.id;
    }
  }
  await engine.createIndex('bench_raw');
  const rawMs = await time(async () => {
    const tasks = [];
    for (let i = 0; i < docs.length; i += 1000)
      tasks.push((await engine.client.index('bench_raw').addDocuments(docs.slice(i, i + 1000))).taskUid);
    for (const uid of tasks) await engine.client.tasks.waitForTask(uid, { timeout: 30 * 60_000, interval: 20 });
  });
  await engine.client.deleteIndex('bench_raw').waitTask();

  // 2. The same 200 queries through GraphQL over HTTP and straight to Meilisearch.
  const random = mulberry32(7);
  const vocabulary = docs
    .filter((d) => d.type === 'Case' || d.type === 'Method')
    .flatMap((d) => d.title.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []);
  const queries = Array.from({ length: QUERIES }, (_, i) => {
    const word = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
    const q = i % 4 === 0 ? `${word()} ${word()}` : i % 4 === 1 ? word().slice(0, 5) : word();
    return i % 10 === 9 ? `${q.slice(0, -1)}x` : q; // some typos
  });
  const http = await createHttpServer({
    config: loadConfig({}),
    orm,
    schema: await getSchema(),
    logger,
  });
  const address = await http.listen({ host: '127.0.0.1', port: 0 });
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const document = `query($q: String!) { search(query: $q, first: 20) {
    totalCount
    edges { matchedFields highlights { field snippet } node { __typename ... on Case { id title } ... on Method { id name } ... on Study { id title } ... on Organisation { id name } } }
    facets { types { value count } topics { topic { nameDa } count } evidenceStrengths { value count } years { value count } }
  } }`;
  const graphql = async (q: string) => {
    const response = await request(`${address}/graphql`, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables: { q } }),
    });
    const body = (await response.body.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  // Raw: what the service sends Meilisearch for the main query, already normalised, through our undici client.
  const service = search.service!;
  const rawParams = (q: string) => ({
    filter: 'visibility = "PUBLIC" AND published = true',
    facets: ['type', 'topicIds', 'targetGroups', 'ageRanges', 'evidenceStrength', 'organisationKind', 'year'],
    limit: 21,
    attributesToRetrieve: ['type', 'entityId'],
    attributesToHighlight: ['title', 'summary', 'topicNames', 'chapters', 'body', 'people', 'place', 'transcript'],
    attributesToCrop: ['summary', 'body', 'transcript'],
    cropLength: 24,
    showMatchesPosition: q.length > 0,
  });
  const raw = (q: string) => engine.client.index(engine.live).search(service.normalise(q), rawParams(q));
  const fetchClient = new Meilisearch({ host: meili.url, apiKey: meili.apiKey });
  const rawFetch = (q: string) => fetchClient.index(engine.live).search(service.normalise(q), rawParams(q));

  for (const q of queries.slice(0, 20)) {
    await graphql(q);
    await raw(q);
    await rawFetch(q);
  }
  const samples = { graphql: [] as number[], raw: [] as number[], fetch: [] as number[] };
  for (const q of queries) {
    samples.raw.push(await time(() => raw(q)));
    samples.graphql.push(await time(() => graphql(q)));
    samples.fetch.push(await time(() => rawFetch(q)));
  }
  await http.close();
  await agent.close();

  const g = stats(samples.graphql);
  const r = stats(samples.raw);
  const f = stats(samples.fetch);
  const reindexRate = reindexed.documents / (reindexed.ms / 1000);
  const rawRate = docs.length / (rawMs / 1000);
  console.log(
    `\nSearch bench · ${docs.length} documents (${CASES} cases) · ${QUERIES} queries · Node ${process.version}`,
  );
  console.log(`  GraphQL search (HTTP, hydrated from Postgres, facets): ${fmt(g)}`);
  console.log(`  Raw Meilisearch, same queries (undici keep-alive):      ${fmt(r)}`);
  console.log(`  Raw Meilisearch, the client's default fetch:            ${fmt(f)}`);
  console.log(`  Ratio GraphQL / raw:   p50 ${(g.p50 / r.p50).toFixed(2)}× · mean ${(g.mean / r.mean).toFixed(2)}×`);
  console.log(`  Ratio fetch / undici:  p50 ${(f.p50 / r.p50).toFixed(2)}×`);
  console.log(
    `  Reindex (Postgres → swap): ${reindexed.documents} docs in ${(reindexed.ms / 1000).toFixed(1)} s = ${reindexRate.toFixed(0)} docs/s`,
  );
  console.log(
    `  Raw ingestion, same docs:  ${docs.length} docs in ${(rawMs / 1000).toFixed(1)} s = ${rawRate.toFixed(0)} docs/s`,
  );
  console.log(`  Ratio reindex / raw throughput: ${(reindexRate / rawRate).toFixed(2)}`);
  await search.stop();
  await orm.close();
} finally {
  await meili.stop();
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
