import { Migration } from '@mikro-orm/migrations';

/** Notifications about evidence ratings (old and new grade, source) and about results for knowledge gaps. */
export class Migration20261221100000_rating_alerts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MENTION',
      'NEW_COMMENT', 'REPLY', 'ANSWER', 'WAITLIST_PROMOTED', 'MEMBERSHIP_RENEWAL', 'RATING_CHANGED', 'GAP_RESULTS'));`);
    this.addSql(`alter table "notification"
      add column "method_id" uuid null references "method" ("id") on update cascade on delete cascade,
      add column "study_id" uuid null references "study" ("id") on update cascade on delete cascade,
      add column "gap_key" varchar(120) null,
      add column "scheme" text check ("scheme" in ('CEBC', 'EIF', 'BLUEPRINTS', 'WWC', 'VIDENSPORTAL', 'VIDENSBRO')) null,
      add column "old_grade" varchar(40) null, add column "new_grade" varchar(40) null,
      add column "source" varchar(500) null;`);
    this.addSql(`create index "notification_method_id_index" on "notification" ("method_id");`);
    this.addSql(`create index "notification_study_id_index" on "notification" ("study_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "method_id", drop column "study_id", drop column "gap_key",
      drop column "scheme", drop column "old_grade", drop column "new_grade", drop column "source";`);
  }
}
