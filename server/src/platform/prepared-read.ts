import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeRead } from './read-replicas.js';
import { trackStatement } from './sql-tracking.js';

/**
 * Runs the read path's statements as PostgreSQL prepared statements. MikroORM's `execute` inlines every parameter
 * into the SQL text and sends it with the simple protocol, so PostgreSQL parses and plans the same few-KB
 * statement on every request and the text crosses the socket each time. Here the text is parsed once per
 * connection under a name derived from it; later requests send only the name and the values.
 *
 * Bounded: at most MAX_NAMED distinct texts get a name (each costs a plan cache entry in every backend); any
 * further shape, as a client inventing selections would make, runs unnamed — still parameterized, never cached.
 */
const MAX_NAMED = 200;
const MAX_TEXTS = 1000;
const named = new Set<string>();
const positional = new Map<string, string>();
/** Connections already told to keep one generic plan per named statement (see `genericPlans`). */
const generic = new WeakSet<PgClient>();

type Scalar = string | number | boolean | bigint | Date | null;

interface PgClient {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

interface PoolClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

/** Knex's `?` placeholders as PostgreSQL's `$1, $2, …`, leaving quoted strings and identifiers alone. */
export function toPositional(sql: string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null; // a doubled quote closes and reopens: same result
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '?') {
      out += `$${++n}`;
      continue;
    }
    out += char;
  }
  return out;
}

function textOf(sql: string): string {
  let text = positional.get(sql);
  if (text === undefined) {
    text = toPositional(sql);
    if (positional.size >= MAX_TEXTS) positional.delete(positional.keys().next().value!);
    positional.set(sql, text);
  }
  return text;
}

function nameOf(text: string): string | undefined {
  const name = `vb_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
  if (named.has(name)) return name;
  if (named.size >= MAX_NAMED) return undefined;
  named.add(name);
  return name;
}

/**
 * PostgreSQL plans a prepared statement for its parameter values five times, then keeps a generic plan only if it
 * is estimated no dearer than those. A compiled page's generic plan is estimated a little dearer (a read rule's
 * `visibility = $1` is costed for an average value), so every execution was planned again: ~1 ms of the database's
 * CPU per 100-row page, a tenth of the statement. The read path's statements are keyset pages, lookups by key and
 * the read rule, whose plans do not depend on the values, so each connection keeps the generic plan. MikroORM's own
 * statements carry their values inline (no parameters) and are planned as before.
 */
async function genericPlans(client: PgClient): Promise<void> {
  if (generic.has(client)) return;
  generic.add(client);
  // A server that does not know the setting (before PostgreSQL 12) plans as before; the read itself goes ahead.
  await client.query({ text: 'set plan_cache_mode = force_generic_plan', values: [] }).catch(() => undefined);
}

const isScalar = (value: unknown): value is Scalar =>
  value === null || value instanceof Date || ['string', 'number', 'boolean', 'bigint'].includes(typeof value);

/** A cached plan that a schema change made stale (a migration by another process); worth one unnamed retry. */
const stalePlan = (error: unknown) =>
  (error as { code?: string }).code === '0A000' && /cached plan/.test(String((error as Error).message));

/**
 * Reads rows with `sql` (knex placeholders) and scalar `params`, where the request's reads go (primary or a
 * replica) unless `primary` insists. Inside a transaction, or with list parameters, it takes MikroORM's path so nothing changes there.
 */
export async function preparedRead<T>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  options: { primary?: boolean } = {},
): Promise<T[]> {
  if (em.getTransactionContext() || !params.every(isScalar)) {
    if (options.primary) return em.getConnection().execute<(T & object)[]>(sql, [...params]);
    return executeRead<(T & object)[]>(em, sql, [...params]);
  }
  const connection = em.getConnection(options.primary ? 'write' : 'read');
  const pool = connection.getKnex().client as unknown as PoolClient;
  const text = textOf(sql);
  const values = params.map((value) => (typeof value === 'bigint' ? value.toString() : value));
  const end = trackStatement(text);
  const started = Date.now();
  let failed = true;
  try {
    const client = await pool.acquireConnection();
    try {
      const name = nameOf(text);
      if (name) await genericPlans(client);
      let rows: unknown[];
      try {
        rows = (await client.query({ text, values, name })).rows;
      } catch (error) {
        if (!name || !stalePlan(error)) throw error;
        rows = (await client.query({ text, values })).rows;
      }
      failed = false;
      return rows as T[];
    } finally {
      await pool.releaseConnection(client);
    }
  } finally {
    end?.(failed);
    // Into MikroORM's query log like its own statements (debug logs, the tests' statement counts);
    // element access because `logQuery` is protected.
    connection['logQuery'](text, { params: [...params], took: Date.now() - started, level: failed ? 'error' : 'info' });
  }
}
