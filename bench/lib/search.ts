/**
 * (c) `search` through GraphQL against raw Meilisearch for the same 200 queries at the same concurrency, and
 * (e) the outbox drain after a bulk load and a full reindex against raw ingestion of the same documents.
 */
import type { Meilisearch } from 'meilisearch';
import { Agent, request } from 'undici';
import { mulberry32 } from '../../seeds/generate-content.js';
import { ANONYMOUS } from '../../server/src/modules/auth/viewer.js';
import type { Orm } from '../../server/src/platform/database.js';
import type { Logger } from '../../server/src/platform/logger.js';
import { buildDocuments, loadRowsAfter, searchTypes, type SearchDocument } from '../../server/src/search/documents.js';
import type { SearchEngine } from '../../server/src/search/engine.js';
import { Indexer } from '../../server/src/search/indexer.js';
import { reindex } from '../../server/src/search/reindex.js';
import type { SearchService } from '../../server/src/search/service.js';
import { median } from './load.js';
import { cpuMs } from './peers.js';

export interface LatencyStats {
  p50: number;
  p99: number;
  mean: number;
}

export function latencyStats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/** Every document the index holds, built the way reindex builds them (for raw ingestion and the vocabulary). */
export async function allDocuments(orm: Orm, engine: SearchEngine): Promise<SearchDocument[]> {
  const docs: SearchDocument[] = [];
  for (const type of searchTypes()) {
    let after: string | null = null;
    for (;;) {
      const em = orm.em.fork();
      const rows = await loadRowsAfter(em, type, after, 1000);
      docs.push(...(await buildDocuments(em, engine.lexicon, type, rows)));
      if (rows.length < 1000) break;
      after = rows.at(-1)!.id;
    }
  }
  return docs;
}

export interface IngestResult {
  /** Outbox rows drained per second right after the bulk load (null when the outbox was empty). */
  drainRate: number | null;
  drained: number;
  /** Documents the drain sent to Meilisearch (a document queued by several rows may be sent more than once). */
  drainedDocuments: number;
  /** Documents the live index holds after the drain. */
  drainIndexed: number;
  reindexRate: number;
  rawRate: number;
  /** Documents built per second from Postgres alone (read and build, nothing sent to Meilisearch). */
  buildRate: number;
  documents: number;
}

/** Bounded: the drain stops after `drainSeconds` and reports the rate it reached. */
export async function ingest(props: {
  orm: Orm;
  engine: SearchEngine;
  logger: Logger;
  batchSize: number;
  drainSeconds: number;
}): Promise<IngestResult> {
  const { orm, engine, logger } = props;
  await engine.prepare();
  const indexer = new Indexer({ orm, engine, logger, batchSize: props.batchSize });
  const since = new Date(Date.now() - 1000).toISOString();
  const started = performance.now();
  let drained = 0;
  while (performance.now() - started < props.drainSeconds * 1000) {
    const processed = await indexer.drainOnce();
    if (processed === 0) break;
    drained += processed;
  }
  await indexer.settle();
  const drainMs = performance.now() - started;
  let drainedDocuments = 0;
  for (let from: number | undefined; ;) {
    const page = await engine.client.tasks.getTasks({
      indexUids: [engine.live],
      types: ['documentAdditionOrUpdate'],
      afterEnqueuedAt: since,
      limit: 1000,
      from,
    });
    for (const task of page.results) drainedDocuments += task.details?.receivedDocuments ?? 0;
    if (page.next === null) break;
    from = page.next;
  }
  const drainIndexed = (await engine.client.index(engine.live).getStats()).numberOfDocuments;

  const reindexed = await reindex({ orm, engine, logger });
  const buildStart = performance.now();
  const docs = await allDocuments(orm, engine);
  const buildMs = performance.now() - buildStart;
  const raw = `${engine.prefix}raw`;
  await engine.createIndex(raw);
  const rawStart = performance.now();
  const tasks: number[] = [];
  for (let i = 0; i < docs.length; i += 1000)
    tasks.push((await engine.client.index(raw).addDocuments(docs.slice(i, i + 1000))).taskUid);
  for (const uid of tasks) await engine.client.tasks.waitForTask(uid, { timeout: 30 * 60_000, interval: 20 });
  const rawMs = performance.now() - rawStart;
  await engine.client.deleteIndex(raw).waitTask();
  return {
    drainRate: drained > 0 ? drained / (drainMs / 1000) : null,
    drained,
    drainedDocuments,
    drainIndexed,
    reindexRate: reindexed.documents / (reindexed.ms / 1000),
    rawRate: docs.length / (rawMs / 1000),
    buildRate: docs.length / (buildMs / 1000),
    documents: docs.length,
  };
}

/** 200 queries from the indexed titles: one and two words, prefixes, and some typos. */
export function searchQueries(docs: SearchDocument[], count = 200): string[] {
  const random = mulberry32(7);
  const vocabulary = docs
    .filter((d) => d.type === 'Case' || d.type === 'Method')
    .flatMap((d) => d.title.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []);
  return Array.from({ length: count }, (_, i) => {
    const word = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
    const q = i % 4 === 0 ? `${word()} ${word()}` : i % 4 === 1 ? word().slice(0, 5) : word();
    return i % 10 === 9 ? `${q.slice(0, -1)}x` : q;
  });
}

/** Hits per page on both sides. */
const PAGE = 20;

export const SEARCH_DOCUMENT = `query($q: String!) { search(query: $q, first: ${PAGE}) {
  totalCount
  edges { matchedFields highlights { field snippet } node { __typename ... on Case { id title } ... on Method { id name } ... on Study { id title } ... on Organisation { id name } } }
  facets { types { value count } topics { topic { nameDa } count } evidenceStrengths { value count } years { value count } }
} }`;

/** Runs every query once with `concurrency` in flight; returns each request's latency in ms. */
async function pool(queries: string[], concurrency: number, run: (q: string) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queries.length) {
        const q = queries[next++]!;
        const start = performance.now();
        await run(q);
        latencies.push(performance.now() - start);
      }
    }),
  );
  return latencies;
}

/** CPU time per search of each process a search passes through (ms; null where /proc is not there). */
export interface SearchCpu {
  server: number | null;
  meilisearch: number | null;
  /** The benchmark process itself: the GraphQL client, or the raw peer's Meilisearch client. */
  client: number;
}

export interface SearchComparison {
  graphql: LatencyStats;
  raw: LatencyStats;
  rounds: number;
  cpu: { graphql: SearchCpu; raw: SearchCpu };
}

/** GraphQL `search` over HTTP against what the service sends Meilisearch for the main query, alternating. */
export async function compareSearch(props: {
  graphqlUrl: string;
  engine: SearchEngine;
  service: SearchService;
  client: Meilisearch;
  queries: string[];
  concurrency: number;
  rounds: number;
  /** Vidensbro's and Meilisearch's process ids, to say where each search's CPU time goes. */
  pids: { server: number; meilisearch: number | undefined };
}): Promise<SearchComparison> {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const graphql = async (q: string) => {
    const response = await request(props.graphqlUrl, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH_DOCUMENT, variables: { q } }),
    });
    const body = (await response.body.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  // Exactly the main query the service sends for this text to an anonymous reader (the GraphQL side is anonymous):
  // the same endpoint, filter, facets, matching strategy, highlights and page size. Text made only of stop words
  // ("efter") the service answers without asking Meilisearch, so neither does the peer (it would browse everything).
  const raw = async (q: string) => {
    const text = props.service.normalise(q);
    if (!text && q.trim()) return;
    await props.client.multiSearch({
      queries: [props.service.mainQuery({ viewer: ANONYMOUS, offset: 0, limit: PAGE }, text)],
    });
  };
  try {
    await pool(props.queries.slice(0, 40), props.concurrency, graphql);
    await pool(props.queries.slice(0, 40), props.concurrency, raw);
    const rounds = { graphql: [] as LatencyStats[], raw: [] as LatencyStats[] };
    const cpu = { graphql: [] as SearchCpu[], raw: [] as SearchCpu[] };
    const perSearch = (before: number | null, after: number | null) =>
      before === null || after === null ? null : (after - before) / props.queries.length;
    const own = () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    };
    const meili = async () => (props.pids.meilisearch ? cpuMs(props.pids.meilisearch) : null);
    for (let round = 0; round < props.rounds; round++) {
      const order = round % 2 === 0 ? (['raw', 'graphql'] as const) : (['graphql', 'raw'] as const);
      for (const which of order) {
        const before = { server: await cpuMs(props.pids.server), meilisearch: await meili(), client: own() };
        const latencies = await pool(props.queries, props.concurrency, which === 'raw' ? raw : graphql);
        rounds[which].push(latencyStats(latencies));
        cpu[which].push({
          server: perSearch(before.server, await cpuMs(props.pids.server)),
          meilisearch: perSearch(before.meilisearch, await meili()),
          client: (own() - before.client) / props.queries.length,
        });
      }
    }
    const med = (list: LatencyStats[]): LatencyStats => ({
      p50: median(list.map((s) => s.p50)),
      p99: median(list.map((s) => s.p99)),
      mean: median(list.map((s) => s.mean)),
    });
    const medCpu = (list: SearchCpu[]): SearchCpu => {
      const of = (pick: (c: SearchCpu) => number | null) => {
        const values = list.map(pick).filter((v): v is number => v !== null);
        return values.length > 0 ? median(values) : null;
      };
      return { server: of((c) => c.server), meilisearch: of((c) => c.meilisearch), client: of((c) => c.client)! };
    };
    return {
      graphql: med(rounds.graphql),
      raw: med(rounds.raw),
      rounds: props.rounds,
      cpu: { graphql: medCpu(cpu.graphql), raw: medCpu(cpu.raw) },
    };
  } finally {
    await agent.close();
  }
}
