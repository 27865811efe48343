import { Migration } from '@mikro-orm/migrations';

export class Migration20261129071158_members extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organisation_id" uuid not null, "name" varchar(200) not null, "email" varchar(320) not null, "password_hash" varchar(200) null, "role" text check ("role" in ('MEMBER', 'EDITOR', 'ORG_ADMIN', 'ADMIN')) not null default 'MEMBER', "title" varchar(200) null, "deactivated_at" timestamptz null, constraint "member_pkey" primary key ("id"));`);
    this.addSql(`alter table "member" add constraint "member_email_unique" unique ("email");`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "actor_id" uuid null, "actor_name" varchar(200) not null, "action" varchar(60) not null, "subject_type" varchar(60) not null, "subject_id" varchar(200) null, "subject_label" varchar(300) null, constraint "audit_entry_pkey" primary key ("id"));`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "member_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(20) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "last_used_at" timestamptz null, "expires_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organisation_id" uuid not null, "invited_by_id" uuid null, "email" varchar(320) not null, "role" text check ("role" in ('MEMBER', 'EDITOR', 'ORG_ADMIN', 'ADMIN')) not null, "secret_hash" varchar(64) not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "session" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "member_id" uuid not null, "secret_hash" varchar(64) not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null default now(), constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "member" add constraint "member_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_token" add constraint "api_token_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "member" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "method" add column "owner_id" uuid null;`);
    this.addSql(`alter table "method" add constraint "method_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "event" add column "owner_id" uuid null;`);
    this.addSql(`alter table "event" add constraint "event_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "practice_case" add column "owner_id" uuid null;`);
    this.addSql(`alter table "practice_case" add constraint "practice_case_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report" add column "owner_id" uuid null;`);
    this.addSql(`alter table "report" add constraint "report_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "study" add column "owner_id" uuid null;`);
    this.addSql(`alter table "study" add constraint "study_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "talk" add column "owner_id" uuid null;`);
    this.addSql(`alter table "talk" add constraint "talk_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "workshop" add column "owner_id" uuid null;`);
    this.addSql(`alter table "workshop" add constraint "workshop_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade on delete set null;`);

    // Cases are owned by the organisation they come from.
    this.addSql(`update "practice_case" set "owner_id" = "organisation_id";`);
    for (const table of ['event', 'method', 'practice_case', 'report', 'study', 'talk', 'workshop']) {
      this.addSql(`create index "${table}_owner_id_index" on "${table}" ("owner_id");`);
    }
    this.addSql(`create index "member_organisation_id_index" on "member" ("organisation_id");`);
    this.addSql(`create index "session_member_id_index" on "session" ("member_id");`);
    this.addSql(`create index "api_token_member_id_index" on "api_token" ("member_id");`);
    this.addSql(`create index "audit_entry_created_at_index" on "audit_entry" ("created_at");`);
    // rate-limiter-flexible's Postgres store (sign-in attempts per account and per address).
    this.addSql(`create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_actor_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_member_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_member_id_foreign";`);

    this.addSql(`drop table if exists "member" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`alter table "event" drop constraint "event_owner_id_foreign";`);

    this.addSql(`alter table "method" drop constraint "method_owner_id_foreign";`);

    this.addSql(`alter table "practice_case" drop constraint "practice_case_owner_id_foreign";`);

    this.addSql(`alter table "report" drop constraint "report_owner_id_foreign";`);

    this.addSql(`alter table "study" drop constraint "study_owner_id_foreign";`);

    this.addSql(`alter table "talk" drop constraint "talk_owner_id_foreign";`);

    this.addSql(`alter table "workshop" drop constraint "workshop_owner_id_foreign";`);

    this.addSql(`alter table "event" drop column "owner_id";`);

    this.addSql(`alter table "method" drop column "owner_id";`);

    this.addSql(`alter table "practice_case" drop column "owner_id";`);

    this.addSql(`alter table "report" drop column "owner_id";`);

    this.addSql(`alter table "study" drop column "owner_id";`);

    this.addSql(`alter table "talk" drop column "owner_id";`);

    this.addSql(`alter table "workshop" drop column "owner_id";`);

  }

}
