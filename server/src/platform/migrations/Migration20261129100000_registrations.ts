import { Migration } from '@mikro-orm/migrations';

export class Migration20261129100000_registrations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "registration" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "event_id" uuid not null, "member_id" uuid not null, "organisation_id" uuid not null, "status" text check ("status" in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')) not null, "sequence" int not null, "registered_at" timestamptz not null default now(), "confirmed_at" timestamptz null, "cancelled_at" timestamptz null, constraint "registration_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "registration_event_id_status_sequence_index" on "registration" ("event_id", "status", "sequence");`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_event_id_member_id_unique" unique ("event_id", "member_id");`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "registration" add constraint "registration_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create index "registration_member_id_index" on "registration" ("member_id");`);
    this.addSql(`alter table "event" add column "capacity" int null, add column "seats_per_organisation" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "registration" cascade;`);
    this.addSql(`alter table "event" drop column "capacity", drop column "seats_per_organisation";`);
  }
}
