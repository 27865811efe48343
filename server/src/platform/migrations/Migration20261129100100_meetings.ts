import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100100_meetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "share_link" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_type" varchar(40) not null, "subject_id" uuid not null, "secret_hash" varchar(64) not null, "created_by_id" uuid null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "share_link_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "share_link" add constraint "share_link_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "share_link_created_by_id_index" on "share_link" ("created_by_id");`);
    this.addSql(
      `create table "workshop_briefing" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workshop_id" uuid not null, "facilitator_id" uuid null, "purpose" text not null, "timing" text not null, "questions" jsonb not null, "materials" text not null, constraint "workshop_briefing_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "workshop_briefing" add constraint "workshop_briefing_workshop_id_unique" unique ("workshop_id");`,
    );
    this.addSql(
      `create table "workshop_output" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "workshop_id" uuid not null, "talk_id" uuid null, "organisation_id" uuid not null, "author_id" uuid null, "insight" text not null, "next_step" text not null, "featured" boolean not null default false, constraint "workshop_output_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "workshop_output_workshop_id_index" on "workshop_output" ("workshop_id");`);
    this.addSql(`create index "workshop_output_talk_id_index" on "workshop_output" ("talk_id");`);
    this.addSql(`create index "workshop_output_organisation_id_index" on "workshop_output" ("organisation_id");`);
    this.addSql(`create index "workshop_output_created_at_index" on "workshop_output" ("created_at");`);
    this.addSql(
      `alter table "share_link" add constraint "share_link_created_by_id_foreign" foreign key ("created_by_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "workshop_briefing" add constraint "workshop_briefing_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "workshop_briefing" add constraint "workshop_briefing_facilitator_id_foreign" foreign key ("facilitator_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "workshop_output" add constraint "workshop_output_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "workshop_output" add constraint "workshop_output_talk_id_foreign" foreign key ("talk_id") references "talk" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "workshop_output" add constraint "workshop_output_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "workshop_output" add constraint "workshop_output_author_id_foreign" foreign key ("author_id") references "member" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "share_link" cascade;`);
    this.addSql(`drop table if exists "workshop_briefing" cascade;`);
    this.addSql(`drop table if exists "workshop_output" cascade;`);
  }
}
