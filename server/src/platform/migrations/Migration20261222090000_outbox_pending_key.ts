import { Migration } from '@mikro-orm/migrations';

/**
 * Pending outbox rows by the row they are about: a batch claims every other pending row for the documents it
 * rebuilds (search/indexer.ts), which without this index scanned all pending rows once per batch.
 */
export class Migration20261222090000_outbox_pending_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create index "search_outbox_pending_key_idx" on "search_outbox" ("entity_type", "entity_id") where "processed_at" is null;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "search_outbox_pending_key_idx";');
  }
}
