/**
 * `npm run relevance`: runs the relevance set (seeds/search/relevance.ts) as a guest through the GraphQL API over
 * the demo content, on its own embedded PostgreSQL and Meilisearch in a temp folder, and prints hit@5, MRR and the
 * zero-result rate per category. `--misses` also lists the queries that missed; `-- "some query"` shows what one
 * query returns instead.
 */
import 'reflect-metadata';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { demoContent } from '../seeds/demo/index.js';
import {
  formatScores,
  publicDemoSlugs,
  scoreRelevance,
  unknownJudgments,
  type RelevanceOutcome,
} from '../seeds/search/relevance-case.js';
import { relevanceSet } from '../seeds/search/relevance.js';
import { loadConfig } from '../server/src/config.js';
import { getSchema } from '../server/src/graphql/schema.js';
import { ensureDatabase, openDatabase } from '../server/src/platform/database.js';
import { startEmbeddedPostgres } from '../server/src/platform/embedded-postgres.js';
import { createHttpServer } from '../server/src/http.js';
import { createLogger } from '../server/src/platform/logger.js';
import { startEmbeddedMeilisearch } from '../server/src/platform/meilisearch.js';
import { seedContent } from '../server/src/seeding/seed.js';
import { reindex } from '../server/src/search/reindex.js';
import { startSearch } from '../server/src/search/runtime.js';
import { runRelevanceQuery } from './relevance-query.js';
import { domainModel } from '../server/src/model.js';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const adHoc = args.filter((a) => !a.startsWith('--'));
const logger = createLogger('warn');
const unknown = unknownJudgments(relevanceSet, publicDemoSlugs(demoContent));
if (unknown.length > 0) throw new Error(`Judgments name items a guest cannot find:\n${unknown.join('\n')}`);

const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-relevance-'));
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), logger, ephemeral: true });
const meili = await startEmbeddedMeilisearch({ dataDir: path.join(dir, 'meili'), logger });
if (!meili) throw new Error('The relevance run needs the embedded Meilisearch (linux-x64).');
try {
  const orm = await openDatabase({ model: domainModel, url: await ensureDatabase(pg.url, 'relevance'), logger });
  await seedContent(orm.em, demoContent);
  const search = await startSearch({
    config: {
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.apiKey,
      SEARCH_INDEX_PREFIX: 'relevance_',
      SEARCH_WORKER: false,
      SEARCH_BATCH_SIZE: 500,
      dataDir: dir,
    },
    connection: meili,
    orm,
    logger,
  });
  await search.engine!.prepare();
  await reindex({ orm, engine: search.engine!, logger });
  const app = await createHttpServer({ config: loadConfig({}), orm, schema: await getSchema(), logger });
  if (adHoc.length > 0) {
    for (const query of adHoc) console.log(JSON.stringify(await runRelevanceQuery(app, query, true), null, 2));
  } else {
    const outcomes: RelevanceOutcome[] = [];
    for (const item of relevanceSet) outcomes.push({ item, ...(await runRelevanceQuery(app, item.query)) });
    console.log(`Relevance set · ${relevanceSet.length} queries · demo content · as a guest\n`);
    console.log(formatScores(scoreRelevance(outcomes)));
    if (showMisses) {
      console.log('\nMisses (no relevant item in the first five):');
      for (const o of outcomes) {
        const hit =
          o.item.relevant.length === 0 ? o.total === 0 : o.slugs.slice(0, 5).some((s) => o.item.relevant.includes(s));
        if (!hit || o.error)
          console.log(
            `  [${o.item.category}] ${o.item.query.slice(0, 70)} → ${o.error ?? (o.slugs.slice(0, 5).join(', ') || '(none)')}`,
          );
      }
    }
  }
  await app.close();
  await search.stop();
  await orm.close();
} finally {
  await meili.stop();
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
