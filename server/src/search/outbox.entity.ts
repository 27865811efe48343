import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * One change search has to apply: "row `entityId` of `entityType` changed". Written by the flush subscriber in
 * the same transaction as the change (search/outbox.subscriber.ts), drained by the indexer (search/indexer.ts),
 * which reads the row's current state, so the order of entries for one row does not matter.
 * Processed entries are kept a day: a reindex replays those processed while it ran (search/reindex.ts).
 */
@Entity({ tableName: 'search_outbox' })
@Index({
  name: 'search_outbox_pending_idx',
  expression:
    'create index "search_outbox_pending_idx" on "search_outbox" ("available_at", "id") where "processed_at" is null',
})
@Index({
  name: 'search_outbox_pending_key_idx',
  expression:
    'create index "search_outbox_pending_key_idx" on "search_outbox" ("entity_type", "entity_id") where "processed_at" is null',
})
@Index({ properties: ['processedAt'] })
export class SearchOutbox {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: Opt<string>;

  /** The GraphQL type name of the changed row (Case, Method, …, or Topic/Organisation for fan-out). */
  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  /**
   * What happened to the row; the indexer always reads the row's current state. `self`: only its relations
   * changed (a case gained a topic), so only its own document is rebuilt, not every document that shows it.
   */
  @Property({ type: 'string', length: 10 })
  op!: 'upsert' | 'delete' | 'self';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  /** Not before this time (retries back off). */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  availableAt: Opt<Date> = new Date();

  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  processedAt: Date | null = null;

  /** The API request that made the change (its X-Request-Id), when it came through one. */
  @Property({ type: 'string', length: 64, nullable: true })
  requestId: string | null = null;

  /** The writing transaction, so a reindex can tell which entries its snapshot already covers. */
  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()', persist: false, lazy: true })
  txid?: Opt<string>;
}
