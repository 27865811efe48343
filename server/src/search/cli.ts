/**
 * `npm run worker`: the search indexer as its own process (run the server with SEARCH_WORKER=false).
 * `npm run reindex`: rebuilds the search index from Postgres into a fresh index and swaps it in.
 *
 * Both use DATABASE_URL and MEILI_URL/MEILI_MASTER_KEY when set. Without them they use the embedded services in
 * DATA_DIR: a running server's Meilisearch (found through DATA_DIR/meili-address.json), or they start their own
 * — and a running server's PostgreSQL (DATA_DIR/pg-address.json), or its own while the server is stopped.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../platform/database.js';
import { openDatabaseTarget } from '../platform/database-target.js';
import { createLogger } from '../platform/logger.js';
import type { MeiliConnection } from '../platform/meilisearch.js';
import { reindex } from './reindex.js';
import { embeddedAddressFile, MISSING_SEARCH_HINT, startSearch } from './runtime.js';
import { startWorkerHttp } from './worker-http.js';
import { domainModel } from '../model.js';

const command = process.argv[2];
if (command !== 'worker' && command !== 'reindex') {
  console.error('Usage: cli.js worker|reindex');
  process.exit(2);
}
const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);

async function runningEmbedded(): Promise<MeiliConnection | undefined> {
  const file = embeddedAddressFile(config.dataDir);
  const keyFile = path.join(config.dataDir, 'meili-master-key');
  if (config.MEILI_URL || !existsSync(file) || !existsSync(keyFile)) return undefined;
  const { url } = JSON.parse(await readFile(file, 'utf8')) as { url: string };
  const apiKey = (await readFile(keyFile, 'utf8')).trim();
  try {
    const response = await fetch(`${url}/health`);
    return response.ok ? { url, apiKey } : undefined;
  } catch {
    return undefined;
  }
}

const stops: (() => Promise<void>)[] = [];
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop().catch(() => {});
};
try {
  const database = await openDatabaseTarget(config, logger);
  stops.push(() => database.stop());
  const orm = await openDatabase({ model: domainModel, url: database.url, logger });
  stops.push(() => orm.close());
  const search = await startSearch({
    config: { ...config, SEARCH_WORKER: command === 'worker' },
    orm,
    logger,
    connection: await runningEmbedded(),
  });
  stops.push(() => search.stop());
  if (!search.engine) throw new Error(MISSING_SEARCH_HINT);
  if (command === 'reindex') {
    const tty = process.stdout.isTTY;
    const result = await reindex({
      orm,
      engine: search.engine,
      logger,
      progress: (line) => (tty ? process.stdout.write(`\r${line.padEnd(80)}`) : console.log(line)),
    });
    if (tty) process.stdout.write('\n');
    if (!result.ran) console.log('Another process is reindexing right now; nothing to do.');
    await stopAll();
  } else {
    if (config.WORKER_PORT !== undefined) {
      const http = await startWorkerHttp({
        orm,
        engine: search.engine,
        logger,
        host: config.HOST,
        port: config.WORKER_PORT,
        metricsToken: config.METRICS_TOKEN,
        outboxLagLimitSeconds: config.OUTBOX_LAG_READY_SECONDS,
      });
      stops.push(() => http.close());
    }
    logger.info('Search indexer running; Ctrl-C to stop.');
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.removeAllListeners(signal);
      process.once(signal, () => void stopAll().then(() => process.exit(0)));
    }
  }
} catch (error) {
  logger.fatal(error instanceof Error ? error.message : error);
  await stopAll();
  process.exitCode = 1;
}
