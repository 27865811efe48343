import { Migration } from '@mikro-orm/migrations';

/**
 * Email: the mail outbox (written in the transaction that causes a message, drained by the mail sender), password
 * reset tokens, each member's email settings, and the key that signs unsubscribe links (one per database, so every
 * server process checks the same signatures).
 */
export class Migration20261216090000_mail extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "mail_outbox" (
      "id" bigserial primary key,
      "kind" varchar(20) not null,
      "member_id" uuid null references "member" ("id") on delete cascade,
      "recipient" varchar(320) not null,
      "language" varchar(2) not null default 'da',
      "data" jsonb not null default '{}',
      "status" varchar(10) not null default 'PENDING',
      "attempts" int not null default 0,
      "next_attempt_at" timestamptz not null default now(),
      "locked_until" timestamptz null,
      "last_error" text null,
      "message_id" varchar(300) null,
      "created_at" timestamptz not null default now(),
      "sent_at" timestamptz null);`);
    this.addSql(
      `create index "mail_outbox_due_idx" on "mail_outbox" ("next_attempt_at", "id") where "status" = 'PENDING';`,
    );
    this.addSql(`create index "mail_outbox_member_idx" on "mail_outbox" ("member_id");`);
    this.addSql(`create table "password_reset" (
      "id" uuid primary key,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "member_id" uuid not null references "member" ("id") on delete cascade,
      "secret_hash" varchar(64) not null unique,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null);`);
    this.addSql(`create index "password_reset_member_idx" on "password_reset" ("member_id");`);
    this.addSql(`alter table "member"
      add column "language" varchar(2) null,
      add column "digest_frequency" varchar(10) not null default 'WEEKLY',
      add column "email_notifications" boolean not null default true,
      add column "digest_sent_at" timestamptz null;`);
    this.addSql(`create table "mail_key" ("id" int primary key check ("id" = 1), "secret" text not null);`);
    this.addSql(
      `insert into "mail_key" ("id", "secret") values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_key";`);
    this.addSql(`alter table "member" drop column "language", drop column "digest_frequency",
      drop column "email_notifications", drop column "digest_sent_at";`);
    this.addSql(`drop table if exists "password_reset";`);
    this.addSql(`drop table if exists "mail_outbox";`);
  }
}
