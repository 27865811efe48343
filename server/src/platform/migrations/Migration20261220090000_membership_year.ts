import { Migration } from '@mikro-orm/migrations';

const KINDS = `'MUNICIPALITY', 'REGION', 'STATE_AGENCY', 'RESEARCH_INSTITUTE', 'UNIVERSITY_COLLEGE', 'FOUNDATION', 'INTEREST_ORGANISATION', 'NGO', 'SERVICE_PROVIDER', 'PRIVATE_COMPANY'`;
const NOTIFICATION_KINDS = `'MENTION', 'NEW_COMMENT', 'REPLY', 'ANSWER', 'WAITLIST_PROMOTED'`;

/**
 * The membership year (modules/membership): payment deadline and payment on memberships, invoicing details on
 * organisations, applications, invoices with a gap-free number series per year, and renewal reminders.
 */
export class Migration20261220090000_membership_year extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "membership" add column "paid_at" timestamptz null, add column "lapses_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "organisation" add column "cvr" varchar(8) null, add column "ean" varchar(13) null, add column "street" varchar(200) null, add column "postal_code" varchar(10) null;`,
    );
    this.addSql(`create index "organisation_cvr_index" on "organisation" ("cvr");`);
    this.addSql(
      `create table "membership_application" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organisation_name" varchar(300) not null, "kind" text check ("kind" in (${KINDS})) not null, "cvr" varchar(8) not null, "ean" varchar(13) null, "street" varchar(200) not null, "postal_code" varchar(10) not null, "city" varchar(200) not null, "contact_name" varchar(200) not null, "contact_email" varchar(320) not null, "motivation" text not null default '', "status" text check ("status" in ('PENDING', 'APPROVED', 'DECLINED')) not null default 'PENDING', "decision_reason" text null, "decided_at" timestamptz null, "decided_by_id" uuid null, "organisation_id" uuid null, constraint "membership_application_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "membership_application" add constraint "membership_application_decided_by_id_foreign" foreign key ("decided_by_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "membership_application" add constraint "membership_application_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create index "membership_application_status_created_at_index" on "membership_application" ("status", "created_at");`,
    );
    this.addSql(
      `create table "invoice_counter" ("series" int not null, "last_sequence" int not null, constraint "invoice_counter_pkey" primary key ("series"));`,
    );
    this.addSql(
      `create table "invoice" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organisation_id" uuid not null, "membership_id" uuid not null, "series" int not null, "sequence" int not null, "number" varchar(20) not null, "year" int not null, "issued_at" timestamptz not null, "due_at" timestamptz not null, "format" text check ("format" in ('OIOUBL', 'PDF')) not null, "net_ore" int not null, "vat_rate_basis_points" int not null, "vat_ore" int not null, "total_ore" int not null, "buyer_name" varchar(300) not null, "buyer_cvr" varchar(8) not null, "buyer_ean" varchar(13) null, "buyer_street" varchar(200) not null, "buyer_postal_code" varchar(10) not null, "buyer_city" varchar(200) not null, "buyer_contact" varchar(200) not null, "paid_at" timestamptz null, "payment_note" varchar(300) null, "marked_paid_by_id" uuid null, "currency" varchar(3) not null default 'DKK', constraint "invoice_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "invoice" add constraint "invoice_series_sequence_unique" unique ("series", "sequence");`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`alter table "invoice" add constraint "invoice_membership_id_unique" unique ("membership_id");`);
    this.addSql(`create index "invoice_organisation_id_index" on "invoice" ("organisation_id");`);
    this.addSql(
      `alter table "invoice" add constraint "invoice_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_marked_paid_by_id_foreign" foreign key ("marked_paid_by_id") references "member" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in (${NOTIFICATION_KINDS}, 'MEMBERSHIP_RENEWAL'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "notification" where "kind" = 'MEMBERSHIP_RENEWAL';`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in (${NOTIFICATION_KINDS}));`,
    );
    this.addSql(`drop table if exists "invoice" cascade;`);
    this.addSql(`drop table if exists "invoice_counter" cascade;`);
    this.addSql(`drop table if exists "membership_application" cascade;`);
    this.addSql(
      `alter table "organisation" drop column "cvr", drop column "ean", drop column "street", drop column "postal_code";`,
    );
    this.addSql(`alter table "membership" drop column "paid_at", drop column "lapses_at";`);
  }
}
