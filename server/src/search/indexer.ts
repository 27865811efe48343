import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../platform/database.js';
import type { Logger } from '../platform/logger.js';
import {
  documentId,
  documentsOf,
  isSearchType,
  searchRegistry,
  searchTypes,
  type SearchDocument,
  type SearchTypeName,
} from './documents.js';
import type { SearchEngine } from './engine.js';
import { PayloadBuffer } from './payload-buffer.js';
import { reindex } from './reindex.js';
import { indexedDocuments } from '../platform/metrics.js';

export interface IndexerOptions {
  orm: Orm;
  engine: SearchEngine;
  logger: Logger;
  /** Outbox rows per batch. */
  batchSize?: number;
  /** How often an idle worker looks for new rows. */
  pollMs?: number;
  /** The longest wait between retries while Meilisearch is unreachable. */
  maxBackoffMs?: number;
}

interface OutboxRow {
  id: string;
  entity_type: string;
  entity_id: string;
  op: string;
  attempts: number;
}

/** A claimed batch whose Meilisearch tasks are enqueued but not yet known to have succeeded. */
interface InFlight {
  tasks: number[];
  ids: string[];
  attempts: number;
}

/**
 * Batches in flight at once: Meilisearch indexes while we read and build the next ones, and merges consecutive
 * tasks into one indexing run (its auto-batching), which is where bulk loads gain most.
 */
const PIPELINE = 8;
/** Claimed rows are leased this long: if the worker dies before Meilisearch confirms, they come back. */
const LEASE = '10 minutes';
/** Meilisearch takes payloads up to 100 MB; smaller ones keep memory flat and tasks short. */
const MAX_PAYLOAD_BYTES = 8_000_000;
/** Rows of one type built at a time: what a batch fans out to (every case on a renamed topic) is built in slices. */
const BUILD_SLICE = 500;
/** Further pending rows for a batch's documents claimed with it, per row of the batch (bounds one batch's work). */
const DUPLICATES_PER_ROW = 20;

/**
 * Drains the search outbox into Meilisearch. Several workers (processes) may run: each claims a batch with
 * `FOR UPDATE SKIP LOCKED` and additionally takes a transaction-scoped advisory lock per row it indexes, so two
 * workers never write the same document concurrently (which could leave an older state last). Each document is
 * rebuilt from the row's current state in Postgres, so retries and duplicates are harmless. Batches are
 * pipelined: a claimed batch's documents are handed to Meilisearch and its rows leased (not yet processed) while
 * the next batch is read; a batch is marked processed only once Meilisearch confirms its tasks, and a lease that
 * runs out (a worker died) or a failed task brings the rows back. When Meilisearch is unreachable, rows are put
 * back with exponential backoff; writes to Postgres never wait for search.
 */
export class Indexer {
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly maxBackoffMs: number;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private failures = 0;
  private lastPurge = 0;
  private prepared = false;
  private readonly inFlight: InFlight[] = [];

  constructor(private readonly options: IndexerOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollMs = options.pollMs ?? 200;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
  }

  /** Starts the loop: first brings the index up to date (rebuilding it when needed), then drains forever. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
    await this.settle().catch(() => {}); // unconfirmed batches stay leased and come back to a later worker
  }

  /** Wakes an idle worker now (e.g. right after a write in the same process). */
  kick(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    const { engine, logger } = this.options;
    while (this.running) {
      let processed = 0;
      try {
        if (!this.prepared) {
          const state = await engine.prepare();
          if (state.rebuild) {
            logger.info(`Building the search index: ${state.reason}.`);
            const result = await reindex({ orm: this.options.orm, engine, logger });
            logger.info(
              `Search index built: ${result.documents} documents in ${result.ms} ms (${result.buildMs} ms building).`,
            );
          }
          this.prepared = true;
        }
        processed = await this.drainOnce();
        if (processed === 0) await this.settle();
        if (this.failures > 0) logger.info('Search indexing has caught up with Meilisearch again.');
        this.failures = 0;
        await this.purge();
      } catch (error) {
        this.failures++;
        if (this.failures === 1 || this.failures % 20 === 0) {
          logger.warn(
            { err: error instanceof Error ? error.message : String(error) },
            'Search indexing is waiting for Meilisearch; writes keep queueing in the outbox.',
          );
        }
      }
      if (processed > 0 && this.running) continue;
      await this.sleep(this.failures > 0 ? this.backoff(this.failures) : this.pollMs);
    }
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.maxBackoffMs, 250 * 2 ** Math.min(attempt, 16));
    return base / 2 + Math.random() * (base / 2);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /**
   * Claims one batch, builds its documents and hands them to Meilisearch without waiting for indexing. Returns
   * how many rows it claimed (0: nothing to do). Throws when Meilisearch failed; the rows then come back later.
   */
  async drainOnce(): Promise<number> {
    while (this.inFlight.length >= PIPELINE) await this.confirm(this.inFlight.shift()!);
    const em = this.options.orm.em.fork();
    const outcome: { failure?: Error } = {};
    const processed = await em.transactional(async (tem) => {
      const rows = await tem.execute<OutboxRow[]>(
        `select id, entity_type, entity_id, op, attempts from search_outbox
          where processed_at is null and available_at <= now()
          order by id limit ? for update skip locked`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const keys = [...new Set(rows.map((row) => `${row.entity_type}:${row.entity_id}`))];
      const locks = await tem.execute<{ key: string; ok: boolean }[]>(
        'select key, pg_try_advisory_xact_lock(hashtextextended(key, 0)) as ok from unnest(array[?]::text[]) as key',
        [keys],
      );
      const mine = new Set(locks.filter((lock) => lock.ok).map((lock) => lock.key));
      const claimed = rows.filter((row) => mine.has(`${row.entity_type}:${row.entity_id}`));
      if (claimed.length === 0) return 0;
      claimed.push(...(await this.duplicates(tem, mine, claimed)));
      const ids = claimed.map((row) => row.id);
      // Rows whose own fields changed fan out to the documents that show them; `self` rows do not.
      const fanOut = new Set(
        claimed.filter((row) => row.op !== 'self').map((row) => `${row.entity_type}:${row.entity_id}`),
      );
      const attempts = Math.max(...claimed.map((row) => row.attempts));
      try {
        const tasks = await this.index(tem, [...mine], fanOut);
        await tem.execute(`update search_outbox set available_at = now() + interval '${LEASE}' where id in (?)`, [ids]);
        this.inFlight.push({ tasks, ids, attempts });
        return claimed.length;
      } catch (error) {
        outcome.failure = error instanceof Error ? error : new Error(String(error));
        await this.release(tem, ids, attempts + 1, error);
        return 0;
      }
    });
    if (outcome.failure) throw outcome.failure;
    return processed;
  }

  /**
   * The other pending rows for documents this batch rebuilds: after a bulk load a method or topic is queued once per
   * flush that linked it (`self`), and without this each batch rebuilt the same document again. Safe to take:
   * they were committed before the documents are read (the read comes after this statement), so the rebuild
   * covers them; and this worker holds their keys' advisory locks. Uses search_outbox_pending_key_idx.
   */
  private async duplicates(em: EntityManager, keys: Set<string>, claimed: OutboxRow[]): Promise<OutboxRow[]> {
    const pairs = [...keys].map((key) => key.split(':'));
    const rows = await em.execute<OutboxRow[]>(
      `select id, entity_type, entity_id, op, attempts from search_outbox
        where processed_at is null and available_at <= now()
          and (entity_type, entity_id) in (select * from unnest(array[?]::text[], array[?]::uuid[]))
        order by id limit ? for update skip locked`,
      [pairs.map(([type]) => type), pairs.map(([, id]) => id), claimed.length * (DUPLICATES_PER_ROW + 1)],
    );
    const taken = new Set(claimed.map((row) => row.id));
    return rows.filter((row) => !taken.has(row.id));
  }

  /** Waits until Meilisearch has applied every batch handed to it, marking their rows processed. */
  async settle(): Promise<void> {
    while (this.inFlight.length > 0) await this.confirm(this.inFlight.shift()!);
  }

  private async confirm(batch: InFlight): Promise<void> {
    const em = this.options.orm.em.fork();
    try {
      await this.options.engine.settled(batch.tasks);
    } catch (error) {
      indexedDocuments.inc({ outcome: 'failed' }, batch.ids.length);
      await this.release(em, batch.ids, batch.attempts + 1, error);
      throw error;
    }
    await em.execute('update search_outbox set processed_at = clock_timestamp() where id in (?)', [batch.ids]);
    indexedDocuments.inc({ outcome: 'indexed' }, batch.ids.length);
    // Which worker indexed which change, for following one change (its request id is on the row) to the index.
    this.options.logger.debug({ outboxIds: batch.ids }, 'Indexed search outbox rows');
  }

  private async release(em: EntityManager, ids: string[], attempts: number, error: unknown): Promise<void> {
    await em.execute(
      `update search_outbox set attempts = attempts + 1, last_error = ?,
         available_at = now() + (? * interval '1 millisecond') where id in (?)`,
      [String(error instanceof Error ? error.message : error).slice(0, 1000), this.backoff(attempts), ids],
    );
  }

  /**
   * Rebuilds the documents of these rows ("Type:id") and, for those in `fanOut`, of every document showing them;
   * enqueues the writes and returns the Meilisearch task ids.
   */
  private async index(em: EntityManager, keys: string[], fanOut: Set<string>): Promise<number[]> {
    const { engine } = this.options;
    const wanted = new Map<SearchTypeName, Set<string>>();
    const want = (type: string, id: string) => {
      if (!isSearchType(type)) return;
      const set = wanted.get(type) ?? new Set<string>();
      set.add(id);
      wanted.set(type, set);
    };
    const shown: string[] = [];
    for (const key of keys) {
      const [type = '', id = ''] = key.split(':');
      want(type, id);
      // Types whose rows other documents show (a case shows its organisation's kind, its topics' names …; a thread
      // shows the title of what it is about, a workshop output its workshop's visibility), as their modules declare.
      if (searchRegistry.shownInOthers(type) && fanOut.has(key)) shown.push(key);
    }
    for (const dependent of await engine.dependents(shown)) want(dependent.type, dependent.entityId);
    const index = engine.client.index<SearchDocument>(engine.live);
    const tasks: number[] = [];
    const buffer = new PayloadBuffer(MAX_PAYLOAD_BYTES, async (ndjson) =>
      tasks.push((await index.addDocumentsFromString(ndjson, 'application/x-ndjson', { primaryKey: 'id' })).taskUid),
    );
    const deletes: string[] = [];
    // Built in slices and sent as the payload fills: a fan-out to the whole corpus keeps memory flat.
    for (const type of searchTypes()) {
      const ids = [...(wanted.get(type) ?? [])];
      for (let start = 0; start < ids.length; start += BUILD_SLICE) {
        const slice = ids.slice(start, start + BUILD_SLICE);
        const docs = await documentsOf(em, engine.lexicon, type, slice);
        await buffer.add(docs);
        const found = new Set(docs.map((doc) => doc.entityId));
        deletes.push(...slice.filter((id) => !found.has(id)).map((id) => documentId(type, id)));
      }
    }
    await buffer.flush();
    if (deletes.length > 0) tasks.push((await index.deleteDocuments(deletes)).taskUid);
    return tasks;
  }

  /** Processed rows are kept a day (a reindex replays recent ones), then removed. */
  private async purge(): Promise<void> {
    if (Date.now() - this.lastPurge < 10 * 60_000) return;
    this.lastPurge = Date.now();
    await this.options.orm.em.fork().execute(`delete from search_outbox where processed_at < now() - interval '1 day'`);
  }

  /** Rows still waiting (for tests, health and logs). */
  async pending(): Promise<number> {
    const [row] = await this.options.orm.em
      .fork()
      .execute<{ count: string }[]>('select count(*) from search_outbox where processed_at is null');
    return Number(row?.count ?? 0);
  }

  /** Resolves once the outbox is empty and the index reflects it (tests use it after writes). */
  async idle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.prepared || this.inFlight.length > 0 || (await this.pending()) > 0) {
      if (Date.now() > deadline) throw new Error(`The search outbox did not drain within ${timeoutMs} ms`);
      this.kick();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Splits documents into payloads of at most `limit` bytes of JSON (a single larger document goes alone). */
export function bySize<T>(items: T[], limit: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 2;
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (chunk.length > 0 && bytes + size > limit) {
      chunks.push(chunk);
      chunk = [];
      bytes = 2;
    }
    chunk.push(item);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
