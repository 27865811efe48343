/**
 * `npm run bench`: Vidensbro's read path, search and indexing measured side by side with named peers in one run
 * on this machine — PostGraphile 4.14.1 on the same database, raw Meilisearch, and a plain graphql-js schema —
 * and printed as median ratios. Uses its own embedded PostgreSQL and Meilisearch in a temp folder.
 *
 *   BENCH_CASES (10000)  BENCH_SECONDS (8)  BENCH_WARMUP (3)  BENCH_ROUNDS (3)  BENCH_CONNECTIONS (10)
 *   BENCH_ONLY=a,b,c,d,e,f,g to run some workloads; BENCH_PROFILE=dir writes the server's .cpuprofile there
 * For profiling by hand, `node dist/bench/serve.js` (from server/) keeps the seeded database and PostGraphile up.
 * Not a test: numbers depend on the machine and what else runs on it. bench/RESULTS.md keeps measured runs.
 */
import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateContent } from '../seeds/generate-content.js';
import { ensureDatabase, openDatabase } from '../server/src/platform/database.js';
import { startEmbeddedPostgres } from '../server/src/platform/embedded-postgres.js';
import { createLogger } from '../server/src/platform/logger.js';
import { startEmbeddedMeilisearch } from '../server/src/platform/meilisearch.js';
import { seedContent } from '../server/src/seeding/seed.js';
import { startSearch } from '../server/src/search/runtime.js';
import { createReadFixture, preparePostGraphile } from './lib/fixture.js';
import type { LoadOptions, PeerResult } from './lib/load.js';
import { startPostGraphile, startVidensbro, type Peer } from './lib/peers.js';
import { compareSchemas } from './lib/schema.js';
import { casePageWorkload, loadWorkload, nestedListWorkload, statementsPerRequest } from './lib/read.js';
import { allDocuments, compareSearch, ingest, searchQueries } from './lib/search.js';
import { domainModel } from '../server/src/model.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CASES = env('BENCH_CASES', 10_000);
const only = new Set((process.env.BENCH_ONLY ?? 'a,b,c,d,e,f,g').split(','));
const load: LoadOptions = {
  connections: env('BENCH_CONNECTIONS', 10),
  seconds: env('BENCH_SECONDS', 8),
  warmupSeconds: env('BENCH_WARMUP', 3),
  rounds: Math.max(3, env('BENCH_ROUNDS', 3)),
};
const logger = createLogger('warn');
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};
const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function printLoad(name: string, [ours, theirs]: PeerResult[]) {
  const o = ours!.median;
  const t = theirs!.median;
  say(`\n${name} · ${load.connections} connections · ${load.rounds} rounds of ${load.seconds} s (medians)`);
  for (const r of [ours!, theirs!]) {
    const m = r.median;
    say(
      `  ${r.peer.padEnd(12)} ${m.rps.toFixed(0).padStart(6)} req/s · p50 ${m.p50.toFixed(1)} ms · p99 ${m.p99.toFixed(1)} ms · errors ${m.errors} · RSS peak ${m.rssPeak?.toFixed(0) ?? '?'} MB` +
        ` · CPU ${m.cpuPerRequest?.toFixed(2) ?? '?'} ms/req` +
        ` · rounds ${r.rounds.map((round) => round.rps.toFixed(0)).join('/')} req/s`,
    );
  }
  say(`  ratio req/s ${x(o.rps, t.rps)} (target ≥ 1.0×) · p99 ${x(o.p99, t.p99)} (target ≤ 1.2×)`);
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-bench-'));
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({
  dataDir: path.join(dir, 'pg'),
  logger,
  ephemeral: true,
  settings: [
    'shared_preload_libraries=pg_stat_statements',
    'pg_stat_statements.track=all',
    'pg_stat_statements.track_planning=on',
  ],
});
const meili = await startEmbeddedMeilisearch({ dataDir: path.join(dir, 'meili'), logger });
if (!meili) throw new Error('The benchmark needs the embedded Meilisearch (linux-x64).');
const peers: Peer[] = [];
try {
  const databaseUrl = await ensureDatabase(pg.url, 'bench');
  const orm = await openDatabase({ model: domainModel, url: databaseUrl, logger });
  await orm.em.getConnection().execute('create extension if not exists pg_stat_statements');
  console.log(`Seeding ${CASES} cases (+ methods, studies, organisations, topics)…`);
  const seedStart = performance.now();
  await seedContent(orm.em.fork(), generateContent({ cases: CASES }));
  const fixture = await createReadFixture(orm.em.fork());
  // Planner statistics, as autovacuum would gather them within a minute of the load; without them both peers'
  // statements get plans for empty tables.
  await orm.em.getConnection().execute('analyze');
  say(
    `Vidensbro bench · ${CASES} cases (seeded in ${((performance.now() - seedStart) / 1000).toFixed(0)} s) · ` +
      `Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
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

  if (only.has('e')) {
    const r = await ingest({ orm, engine, logger, batchSize: 500, drainSeconds: 120 });
    say(`\n(e) indexing · ${r.documents} documents`);
    say(
      `  outbox drain after the bulk load: ${r.drained} rows at ${r.drainRate?.toFixed(0) ?? '–'} rows/s · ratio ${r.drainRate ? x(r.drainRate, r.rawRate) : '–'} of raw (target ≥ 0.8×)`,
    );
    say(`  the drain sent ${r.drainedDocuments} documents for the ${r.drainIndexed} it left in the index`);
    say(
      `  reindex: ${r.reindexRate.toFixed(0)} docs/s · raw ingestion ${r.rawRate.toFixed(0)} docs/s · ratio ${x(r.reindexRate, r.rawRate)} (target ≥ 0.8×)`,
    );
    say(`  building documents alone (Postgres to documents, no Meilisearch): ${r.buildRate.toFixed(0)} docs/s`);
  } else {
    const state = await engine.prepare();
    if (state.rebuild) await (await import('../server/src/search/reindex.js')).reindex({ orm, engine, logger });
  }

  const ours = await startVidensbro({
    databaseUrl,
    meili,
    indexPrefix: 'bench_',
    dataDir: path.join(dir, 'server'),
    nodeArgs: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
  });
  peers.push(ours);

  if (only.has('c')) {
    const queries = searchQueries(await allDocuments(orm, engine));
    const r = await compareSearch({
      graphqlUrl: ours.url,
      engine,
      service: search.service!,
      client: engine.client,
      queries,
      concurrency: load.connections,
      rounds: load.rounds,
      pids: { server: ours.pid, meilisearch: meili.pid() },
    });
    say(`\n(c) search · ${queries.length} queries · ${load.connections} in flight · ${r.rounds} rounds (medians)`);
    say(`  GraphQL search: p50 ${r.graphql.p50.toFixed(1)} ms · p99 ${r.graphql.p99.toFixed(1)} ms`);
    say(`  raw Meilisearch: p50 ${r.raw.p50.toFixed(1)} ms · p99 ${r.raw.p99.toFixed(1)} ms`);
    say(`  ratio p50 ${x(r.graphql.p50, r.raw.p50)} · p99 ${x(r.graphql.p99, r.raw.p99)} (target ≤ 1.3×)`);
    const ms = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)} ms`);
    const { graphql: g, raw: w } = r.cpu;
    say(
      `  CPU per search: GraphQL: Vidensbro ${ms(g.server)} + Meilisearch ${ms(g.meilisearch)} + client ${ms(g.client)}` +
        ` · raw: Meilisearch ${ms(w.meilisearch)} + client ${ms(w.client)}`,
    );
  }

  if (only.has('d')) {
    const r = await compareSchemas({ seconds: load.seconds, rounds: load.rounds });
    say(`\n(d) schema execution of the nested list (first: 50), in memory, no HTTP or database · ${r.rounds} rounds`);
    say(`  Vidensbro schema: ${r.ours.toFixed(0)} ops/s · plain graphql-js: ${r.plain.toFixed(0)} ops/s`);
    say(`  ratio time per operation ${x(r.plain, r.ours)} (target ≤ 1.2×)`);
  }

  const readWork = ['a', 'b', 'f', 'g'].some((w) => only.has(w));
  if (readWork) {
    const theirs = await startPostGraphile(await preparePostGraphile(databaseUrl));
    peers.push(theirs);
    const workloads = [...(only.has('a') || only.has('g') ? [10, 50, 100].map(nestedListWorkload) : [])];
    if (only.has('b')) workloads.push(casePageWorkload(fixture));
    for (const workload of workloads) printLoad(workload.name, await loadWorkload(workload, ours, theirs, load));
    if (only.has('f')) {
      say(
        '\n(f) SQL statements, rows returned, execution + planning time per request (pg_stat_statements, 20 sequential requests)',
      );
      for (const workload of [
        nestedListWorkload(10),
        nestedListWorkload(50),
        nestedListWorkload(100),
        casePageWorkload(fixture),
      ]) {
        const o = await statementsPerRequest(databaseUrl, ours, workload.ours);
        const t = await statementsPerRequest(databaseUrl, theirs, workload.theirs);
        say(
          `  ${workload.name}: Vidensbro ${o.statements.toFixed(1)} statements, ${o.rows.toFixed(0)} rows, ${o.sqlMs.toFixed(1)} + ${o.planMs.toFixed(1)} ms` +
            ` · PostGraphile ${t.statements.toFixed(1)} statements, ${t.rows.toFixed(0)} rows, ${t.sqlMs.toFixed(1)} + ${t.planMs.toFixed(1)} ms`,
        );
      }
    }
  }
  await search.stop();
  await orm.close();
} finally {
  for (const peer of peers) await peer.stop();
  await meili.stop();
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
