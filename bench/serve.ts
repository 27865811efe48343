/**
 * `node dist/bench/serve.js`: the benchmark's database (generated content, ANALYZE) and PostGraphile kept running,
 * for profiling and trying changes without reseeding. Prints the URLs and a JSON line with them; stops on SIGINT.
 */
import 'reflect-metadata';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateContent } from '../seeds/generate-content.js';
import { ensureDatabase, openDatabase } from '../server/src/platform/database.js';
import { startEmbeddedPostgres } from '../server/src/platform/embedded-postgres.js';
import { createLogger } from '../server/src/platform/logger.js';
import { seedContent } from '../server/src/seeding/seed.js';
import { startEmbeddedMeilisearch } from '../server/src/platform/meilisearch.js';
import { startSearch } from '../server/src/search/runtime.js';
import { domainModel } from '../server/src/model.js';
import { createReadFixture, preparePostGraphile } from './lib/fixture.js';
import { startPostGraphile } from './lib/peers.js';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const logger = createLogger('warn');
const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-serve-'));
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({
  dataDir: path.join(dir, 'pg'),
  logger,
  ephemeral: true,
  settings: ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all'],
});
const databaseUrl = await ensureDatabase(pg.url, 'bench');
const orm = await openDatabase({ model: domainModel, url: databaseUrl, logger });
await orm.em.getConnection().execute('create extension if not exists pg_stat_statements');
await seedContent(orm.em.fork(), generateContent({ cases: CASES }));
const fixture = await createReadFixture(orm.em.fork());
await orm.em.getConnection().execute('analyze');
const meili = (await startEmbeddedMeilisearch({ dataDir: path.join(dir, 'meili'), logger }))!;
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
const state = await search.engine!.prepare();
if (state.rebuild)
  await (await import('../server/src/search/reindex.js')).reindex({ orm, engine: search.engine!, logger });
await search.stop();
await orm.close();
const theirs = await startPostGraphile(await preparePostGraphile(databaseUrl));
const info = {
  databaseUrl,
  meiliUrl: meili.url,
  meiliKey: meili.apiKey,
  postgraphile: theirs.url,
  postgraphilePid: theirs.pid,
  token: fixture.token,
  dir,
};
await writeFile(process.env.SERVE_INFO ?? '/tmp/bench-serve.json', JSON.stringify(info));
console.log(JSON.stringify(info));
const stop = async () => {
  await theirs.stop();
  await meili.stop();
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
