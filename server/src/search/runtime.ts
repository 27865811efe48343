import { writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Orm } from '../platform/database.js';
import type { Logger } from '../platform/logger.js';
import { startEmbeddedMeilisearch, type MeiliConnection, type RunningMeilisearch } from '../platform/meilisearch.js';
import { SearchEngine } from './engine.js';
import { Indexer } from './indexer.js';
import { SearchService } from './service.js';

export interface SearchRuntime {
  /** Null when this installation has no Meilisearch (search then answers SEARCH_UNAVAILABLE). */
  service: SearchService | null;
  engine: SearchEngine | null;
  indexer: Indexer | null;
  embedded: RunningMeilisearch | null;
  stop(): Promise<void>;
}

/**
 * Search belongs to the database it indexes: the runtime is looked up by the ORM's configuration, which every
 * request's forked EntityManager shares. So tests with several databases in one process each get their own.
 */
const runtimes = new WeakMap<object, SearchRuntime>();

export function attachSearch(orm: Orm, runtime: SearchRuntime): void {
  runtimes.set(orm.config, runtime);
}

export function searchOf(em: EntityManager): SearchRuntime | undefined {
  return runtimes.get(em.config);
}

export const MISSING_SEARCH_HINT =
  'Search is off: no Meilisearch binary for this platform (the embedded one is linux-x64 only). ' +
  'Run `docker compose up meilisearch` and set MEILI_URL and MEILI_MASTER_KEY to add search.';

/** Where the embedded Meilisearch's address is written while it runs, for `npm run worker`/`reindex`. */
export function embeddedAddressFile(dataDir: string): string {
  return path.join(dataDir, 'meili-address.json');
}

/** Wires search for one database: Meilisearch (external or embedded), the engine, the query service, the indexer. */
export async function startSearch(props: {
  config: Pick<
    Config,
    'MEILI_URL' | 'MEILI_MASTER_KEY' | 'SEARCH_INDEX_PREFIX' | 'SEARCH_WORKER' | 'SEARCH_BATCH_SIZE' | 'dataDir'
  >;
  orm: Orm;
  logger: Logger;
  /** Overrides MEILI_URL/the embedded server (tests). */
  connection?: MeiliConnection;
  indexer?: { pollMs?: number; maxBackoffMs?: number };
}): Promise<SearchRuntime> {
  const { config, orm, logger } = props;
  let embedded: RunningMeilisearch | null = null;
  let connection = props.connection ?? null;
  if (!connection && config.MEILI_URL) connection = { url: config.MEILI_URL, apiKey: config.MEILI_MASTER_KEY };
  if (!connection) {
    embedded = await startEmbeddedMeilisearch({ dataDir: path.join(config.dataDir, 'meili'), logger, supervise: true });
    if (embedded) {
      connection = embedded;
      await writeFile(embeddedAddressFile(config.dataDir), JSON.stringify({ url: embedded.url, pid: process.pid }), {
        mode: 0o600,
      });
      logger.info(`Embedded Meilisearch running with its data in ${embedded.dataDir}`);
    }
  }
  if (!connection) {
    logger.warn(MISSING_SEARCH_HINT);
    const runtime: SearchRuntime = {
      service: null,
      engine: null,
      indexer: null,
      embedded: null,
      stop: async () => {},
    };
    attachSearch(orm, runtime);
    return runtime;
  }
  const engine = await SearchEngine.create({ connection, prefix: config.SEARCH_INDEX_PREFIX, logger });
  const service = new SearchService(engine);
  const indexer = new Indexer({ orm, engine, logger, batchSize: config.SEARCH_BATCH_SIZE, ...props.indexer });
  if (config.SEARCH_WORKER) indexer.start();
  const running = embedded;
  const runtime: SearchRuntime = {
    service,
    engine,
    indexer,
    embedded,
    stop: async () => {
      await indexer.stop();
      await engine.close();
      if (running) {
        await running.stop();
        await rm(embeddedAddressFile(config.dataDir), { force: true });
      }
    },
  };
  attachSearch(orm, runtime);
  return runtime;
}
