import { Migration } from '@mikro-orm/migrations';

/** The search outbox: one row per change search must apply, written in the same transaction as the change. */
export class Migration20261129090000_search_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "search_outbox" (
      "id" bigserial primary key,
      "entity_type" varchar(40) not null,
      "entity_id" uuid not null,
      "op" varchar(10) not null,
      "created_at" timestamptz not null default now(),
      "available_at" timestamptz not null default now(),
      "attempts" int not null default 0,
      "last_error" text null,
      "processed_at" timestamptz null,
      "txid" xid8 not null default pg_current_xact_id()
    );`);
    this.addSql(
      'create index "search_outbox_pending_idx" on "search_outbox" ("available_at", "id") where "processed_at" is null;',
    );
    this.addSql('create index "search_outbox_processed_at_index" on "search_outbox" ("processed_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "search_outbox" cascade;');
  }
}
