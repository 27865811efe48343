import { Migration } from '@mikro-orm/migrations';

/**
 * The practical facts practitioners look for on a method (issue 17.8): where it is delivered, what it costs, how
 * practitioners are trained, and the Danish providers and municipalities that use it (method_party).
 */
export class Migration20261218090000_method_practice extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "method" add column "settings" text[] not null default '{}', ` +
        `add column "cost_note" text null, add column "cost_dkk" int null, ` +
        `add column "cost_unit" text check ("cost_unit" in ('PER_FAMILY', 'PER_CHILD', 'PER_PRACTITIONER', 'PER_GROUP')) null, ` +
        `add column "training_duration" varchar(300) null, add column "training_certified_by" varchar(300) null;`,
    );
    this.addSql(
      `create table "method_party" ("id" uuid not null, "created_at" timestamptz not null default now(), ` +
        `"updated_at" timestamptz not null default now(), "method_id" uuid not null, ` +
        `"role" text check ("role" in ('PROVIDER', 'MUNICIPALITY')) not null, "position" smallint not null default 0, ` +
        `"name" varchar(300) not null, "url" varchar(1000) null, "note" varchar(300) null, "organisation_id" uuid null, ` +
        `constraint "method_party_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "method_party_method_id_role_position_index" on "method_party" ("method_id", "role", "position");`,
    );
    this.addSql(`create index "method_party_organisation_id_index" on "method_party" ("organisation_id");`);
    this.addSql(
      `alter table "method_party" add constraint "method_party_method_id_foreign" foreign key ("method_id") ` +
        `references "method" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "method_party" add constraint "method_party_organisation_id_foreign" foreign key ("organisation_id") ` +
        `references "organisation" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "method_party" cascade;`);
    this.addSql(
      `alter table "method" drop column "settings", drop column "cost_note", drop column "cost_dkk", ` +
        `drop column "cost_unit", drop column "training_duration", drop column "training_certified_by";`,
    );
  }
}
