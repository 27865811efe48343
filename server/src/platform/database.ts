import type { EntityClass, EventSubscriber, MigrationObject } from '@mikro-orm/core';
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from './logger.js';
import { trackStatement } from './sql-tracking.js';
import { ReadRoutingDriver, replicaOptions } from './read-replicas.js';

export type Orm = MikroORM;

export interface DatabaseOptions {
  url: string;
  /** The domain's entities, flush subscribers and migrations, passed in by the caller (server/src/model.ts). */
  model: {
    entities: readonly EntityClass<object>[];
    subscribers(): EventSubscriber[];
    migrations: readonly MigrationObject[];
  };
  logger: Logger;
  /** Called with every SQL statement; tests use it to count statements per request. */
  onQuery?: (sql: string) => void;
  pool?: { min?: number; max?: number };
  /** Streaming replicas of `url` that requests allowed to may read from (platform/read-replicas.ts). */
  replicaUrls?: readonly string[];
  /** How often each replica is probed (tests shorten it). */
  replicaProbeMs?: number;
}

export function ormOptions(options: DatabaseOptions): Options {
  return {
    clientUrl: options.url,
    driver: ReadRoutingDriver,
    replicas: replicaOptions(options.replicaUrls ?? []),
    entities: [...options.model.entities],
    subscribers: options.model.subscribers(),
    extensions: [Migrator],
    migrations: {
      migrationsList: [...options.model.migrations],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    forceUtcTimezone: true,
    // Relations loaded through Reference/Collection.load() are batched per tick: no N+1 by construction.
    dataloader: DataloaderType.ALL,
    discovery: { warnWhenNoEntities: true },
    pool: { min: options.pool?.min ?? 0, max: options.pool?.max ?? 10 },
    debug: options.onQuery ? ['query'] : false,
    logger: (message) => {
      if (options.onQuery) options.onQuery(message);
      else options.logger.debug(message);
    },
    colors: false,
  };
}

interface KnexQuery {
  __knexQueryUid?: string;
  sql?: string;
}

/** Reports every statement knex sends (it emits its events in the caller's async context) to the request. */
function instrument(orm: Orm): void {
  const open = new Map<string, (failed: boolean) => void>();
  const started = (query: KnexQuery) => {
    if (!query.__knexQueryUid) return;
    const end = trackStatement(query.sql);
    if (end) open.set(query.__knexQueryUid, end);
  };
  const done = (query: KnexQuery, failed: boolean) => {
    const end = query.__knexQueryUid ? open.get(query.__knexQueryUid) : undefined;
    if (!end) return;
    open.delete(query.__knexQueryUid!);
    end(failed);
  };
  // The primary and every read replica: a request's statements count wherever they ran.
  for (const connection of (orm.em.getDriver() as ReadRoutingDriver).allConnections()) {
    const knex = connection.getKnex();
    knex.on('query', started);
    knex.on('query-response', (_response: unknown, query: KnexQuery) => done(query, false));
    knex.on('query-error', (_error: unknown, query: KnexQuery) => done(query, true));
  }
}

/** The advisory lock that lets one process at a time do start-up work on a database. */
const STARTUP_LOCK = 'vidensbro:startup';

/**
 * Runs `work` while holding a PostgreSQL advisory lock on its own connection, so processes starting together on
 * one database (two servers and two workers under docker compose) migrate it and load demo content one after
 * another: MikroORM's migrator takes no lock, and two of them racing fail on each other's tables. The lock ends
 * with the connection, so a process that dies while holding it cannot block the others.
 */
export async function withStartupLock<T>(url: string, logger: Logger, work: () => Promise<T>): Promise<T> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // a lost connection surfaces as a failed query below
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as ok', [
      STARTUP_LOCK,
    ]);
    if (!rows[0]?.ok) {
      logger.info('Another process is preparing the database (migrations, demo content); waiting for it.');
      await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [STARTUP_LOCK]);
    }
    return await work();
  } finally {
    await client.end().catch(() => {});
  }
}

/** Connects and brings the schema up to date with the versioned migrations (one process at a time). */
export async function openDatabase(options: DatabaseOptions): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(options));
  instrument(orm);
  const replicas = replicaOptions(options.replicaUrls ?? []);
  (orm.em.getDriver() as ReadRoutingDriver).watchReplicas(
    options.logger,
    replicas.map((replica) => replica.name),
    options.replicaProbeMs,
  );
  try {
    const applied = await withStartupLock(options.url, options.logger, () => orm.getMigrator().up());
    if (applied.length > 0)
      options.logger.info(`Applied ${applied.length} database migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } catch (error) {
    await orm.close(true).catch(() => {});
    throw error;
  }
  return orm;
}

/** Creates a database on a server unless it exists (used for the embedded server and for tests). */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
