import { DataloaderType, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../modules/entities.js';
import { ThreadVisibilitySubscriber } from '../modules/discussion/thread-visibility.subscriber.js';
import { PersonalDataSubscriber } from '../modules/privacy/personal-data.subscriber.js';
import { AlertsSubscriber } from '../modules/alerts/alerts.subscriber.js';
import { WebhookSubscriber } from '../modules/webhooks/webhook.subscriber.js';
import { SearchOutboxSubscriber } from '../search/outbox.subscriber.js';
import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type { Logger } from './logger.js';
import { currentRequest, type RequestScope } from './request-context.js';
import { migrationsList } from './migrations/index.js';
import { ReadRoutingDriver, replicaOptions } from './read-replicas.js';

export type Orm = MikroORM;

export interface DatabaseOptions {
  url: string;
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
    entities,
    // Every change to a row search shows queues its re-indexing in the same transaction.
    subscribers: [
      new SearchOutboxSubscriber(),
      new PersonalDataSubscriber(),
      new ThreadVisibilitySubscriber(),
      new AlertsSubscriber(),
      new WebhookSubscriber(),
    ],
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
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

/**
 * Counts and times every SQL statement for the request that sent it (metrics, slow-operation logs) and, with
 * tracing on, gives it a span under the operation's span. Knex emits its events in the caller's async context.
 */
function instrument(orm: Orm): void {
  const open = new Map<string, { started: number; scope: RequestScope; span?: Span }>();
  const tracer = trace.getTracer('vidensbro');
  const started = (query: KnexQuery) => {
    const scope = currentRequest();
    if (!scope || !query.__knexQueryUid) return;
    scope.sql.statements++;
    const span = scope.span?.isRecording()
      ? tracer.startSpan(
          'sql',
          {
            kind: SpanKind.CLIENT,
            attributes: { 'db.system': 'postgresql', 'db.statement': query.sql?.slice(0, 2000) },
          },
          trace.setSpan(context.active(), scope.span),
        )
      : undefined;
    open.set(query.__knexQueryUid, { started: performance.now(), scope, span });
  };
  const done = (query: KnexQuery, failed: boolean) => {
    const entry = query.__knexQueryUid ? open.get(query.__knexQueryUid) : undefined;
    if (!entry) return;
    open.delete(query.__knexQueryUid!);
    entry.scope.sql.milliseconds += performance.now() - entry.started;
    if (failed) entry.span?.setStatus({ code: SpanStatusCode.ERROR });
    entry.span?.end();
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
