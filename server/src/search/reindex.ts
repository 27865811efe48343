import { IsolationLevel } from '@mikro-orm/core';
import pg from 'pg';
import type { Orm } from '../platform/database.js';
import type { Logger } from '../platform/logger.js';
import { countRows, documentsOf, idsAfter, searchTypes } from './documents.js';
import type { SearchEngine } from './engine.js';
import { PayloadBuffer } from './payload-buffer.js';

/** Any number; only reindexers take this session-level advisory lock. */
const REINDEX_LOCK = 7_302_911;
const PAGE = 1000;
/**
 * Documents go to Meilisearch in payloads of about this size rather than a page at a time: each task is one
 * indexing run whose fixed cost grows with the index, so a few large runs beat many small ones.
 */
const FLUSH_BYTES = 16_000_000;

export interface ReindexResult {
  documents: number;
  ms: number;
  /** Of `ms`, the time spent reading rows and building documents (the rest: sending them, Meilisearch indexing). */
  buildMs: number;
  /** False when another process was already reindexing (this one then did nothing). */
  ran: boolean;
}

/**
 * Rebuilds search from Postgres into a fresh index and swaps it in atomically, so searches never see a
 * half-built index. Changes made while it runs are not lost: the outbox rows the indexer processed meanwhile
 * (against the old index) are queued again after the swap. Only one reindex runs at a time across processes.
 */
export async function reindex(props: {
  orm: Orm;
  engine: SearchEngine;
  logger: Logger;
  /** Called with a progress line (the CLI rewrites one terminal line with it). */
  progress?: (line: string) => void;
}): Promise<ReindexResult> {
  const { orm, engine, progress = () => {} } = props;
  const started = Date.now();
  const lock = new pg.Client({ connectionString: orm.config.getClientUrl() });
  await lock.connect();
  try {
    const { rows } = await lock.query<{ ok: boolean; now: Date }>(
      'select pg_try_advisory_lock($1) as ok, now() as now',
      [REINDEX_LOCK],
    );
    if (!rows[0]?.ok) return { documents: 0, ms: 0, buildMs: 0, ran: false };
    const since = rows[0].now;
    const em = orm.em.fork();
    const totals = new Map<string, number>();
    for (const type of searchTypes()) totals.set(type, await countRows(em, type));
    const total = [...totals.values()].reduce((a, b) => a + b, 0);

    const build = `${engine.live}_build_${Date.now().toString(36)}`;
    await engine.createIndex(build);
    let done = 0;
    /** Time spent reading rows and building documents, apart from sending them and Meilisearch's indexing. */
    let buildMs = 0;
    let deleted = false;
    try {
      const index = engine.client.index(build);
      const tasks: number[] = [];
      const buffer = new PayloadBuffer(FLUSH_BYTES, async (ndjson) =>
        tasks.push((await index.addDocumentsFromString(ndjson, 'application/x-ndjson', { primaryKey: 'id' })).taskUid),
      );
      // One snapshot for the whole read: outbox entries committed before it are covered by this build.
      await em.transactional(
        async (tem) => {
          const [snapshot] = await tem.execute<{ snapshot: string }[]>(
            'select pg_current_snapshot()::text as snapshot',
          );
          for (const type of searchTypes()) {
            let after: string | null = null;
            for (;;) {
              const buildStart = performance.now();
              const ids = await idsAfter(tem, type, after, PAGE);
              if (ids.length === 0) break;
              const docs = await documentsOf(tem, engine.lexicon, type, ids);
              buildMs += performance.now() - buildStart;
              await buffer.add(docs);
              done += docs.length;
              after = ids.at(-1)!;
              const seconds = (Date.now() - started) / 1000;
              progress(
                `Reindexing: ${done}/${total} documents (${type}), ${Math.round(done / Math.max(seconds, 0.001))}/s` +
                  ` (building ${Math.round(done / Math.max(buildMs / 1000, 0.001))}/s)`,
              );
              if (ids.length < PAGE) break;
            }
          }
          await buffer.flush();
          await engine.settled(tasks, 30 * 60_000);
          // The live index must exist to swap with it.
          await engine.prepare();
          const swap = await engine.client
            .swapIndexes([{ indexes: [engine.live, build], rename: false }])
            .waitTask({ timeout: 60_000 });
          if (swap.status !== 'succeeded') throw new Error(`Swapping in the new index failed: ${swap.error?.message}`);
          // `build` now holds the old index. Deleting it first is quick, while a write right after a large indexing
          // run waits seconds for Meilisearch to get that run onto disk; the hash is enqueued, not awaited: the task
          // queue is durable, and should the write fail the next start finds no matching hash and rebuilds.
          await engine.client.deleteIndex(build).waitTask({ timeout: 60_000 });
          deleted = true;
          await engine.storeHash({ wait: false });
          // Pending entries whose transactions our snapshot saw are in the new index already.
          await lock.query(
            `update search_outbox set processed_at = clock_timestamp()
              where processed_at is null and pg_visible_in_snapshot(txid, $1::pg_snapshot)`,
            [snapshot!.snapshot],
          );
        },
        { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
      );
    } finally {
      // A build that failed halfway.
      if (!deleted) await engine.client.deleteIndex(build).waitTask({ timeout: 60_000 });
    }
    // Rows processed while we read may have gone to the old index; queue them again (a minute of margin covers
    // batches that were in flight when we started).
    await lock.query(
      `insert into search_outbox (entity_type, entity_id, op)
         select distinct entity_type, entity_id, 'upsert' from search_outbox
          where processed_at >= $1::timestamptz - interval '1 minute'`,
      [since],
    );
    const ms = Date.now() - started;
    progress(
      `Reindexed ${done} documents in ${(ms / 1000).toFixed(1)} s (${(buildMs / 1000).toFixed(1)} s building them)`,
    );
    return { documents: done, ms, buildMs: Math.round(buildMs), ran: true };
  } finally {
    await lock.end();
  }
}
