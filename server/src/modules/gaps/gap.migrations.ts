import { Migration } from '@mikro-orm/migrations';

/** Researchers' "we are studying this" on knowledge gaps, and members following gaps to hear of results. */
export class Migration20261221090000_knowledge_gaps extends Migration {
  override async up(): Promise<void> {
    this
      .addSql(`create table "knowledge_gap_claim" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "gap_key" varchar(120) not null,
      "kind" text check ("kind" in ('METHOD_EVIDENCE', 'TOPIC_WITHOUT_STUDY', 'UNMEASURED_OUTCOME')) not null,
      "organisation_id" uuid not null references "organisation" ("id") on update cascade on delete cascade,
      "member_id" uuid null references "member" ("id") on update cascade on delete set null,
      "contact" varchar(300) not null, "expected_on" date not null, "note" text null,
      constraint "knowledge_gap_claim_pkey" primary key ("id"),
      constraint "knowledge_gap_claim_gap_key_organisation_id_unique" unique ("gap_key", "organisation_id"));`);
    this.addSql(`create index "knowledge_gap_claim_gap_key_index" on "knowledge_gap_claim" ("gap_key");`);
    this
      .addSql(`create table "knowledge_gap_follow" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "gap_key" varchar(120) not null,
      "member_id" uuid not null references "member" ("id") on update cascade on delete cascade,
      constraint "knowledge_gap_follow_pkey" primary key ("id"),
      constraint "knowledge_gap_follow_gap_key_member_id_unique" unique ("gap_key", "member_id"));`);
    this.addSql(`create index "knowledge_gap_follow_gap_key_index" on "knowledge_gap_follow" ("gap_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "knowledge_gap_follow";`);
    this.addSql(`drop table if exists "knowledge_gap_claim";`);
  }
}
