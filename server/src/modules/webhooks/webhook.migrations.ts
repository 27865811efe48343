import { Migration } from '@mikro-orm/migrations';

/** Signed webhooks for integrators and their deliveries (a durable queue that is also the delivery log). */
export class Migration20261221110000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "token_id" uuid not null references "api_token" ("id") on update cascade on delete cascade,
      "member_id" uuid not null references "member" ("id") on update cascade on delete cascade,
      "organisation_id" uuid not null references "organisation" ("id") on update cascade on delete cascade,
      "url" varchar(1000) not null, "secret" varchar(100) not null, "events" text[] not null,
      constraint "webhook_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_token_id_index" on "webhook" ("token_id");`);
    this.addSql(`create index "webhook_member_id_index" on "webhook" ("member_id");`);
    this.addSql(`create index "webhook_organisation_id_index" on "webhook" ("organisation_id");`);
    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "webhook_id" uuid not null references "webhook" ("id") on update cascade on delete cascade,
      "event" text check ("event" in ('PUBLISHED', 'RATING_CHANGED', 'COMMENT_ADDED')) not null,
      "subject_type" varchar(40) not null, "subject_id" uuid not null, "payload" jsonb not null,
      "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED')) not null default 'PENDING',
      "attempts" smallint not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null,
      "response_code" smallint null, "last_error" varchar(500) null,
      constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_webhook_id_index" on "webhook_delivery" ("webhook_id");`);
    this.addSql(
      `create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook";`);
  }
}
