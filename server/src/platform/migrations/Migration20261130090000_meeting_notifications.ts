import { Migration } from '@mikro-orm/migrations';

/** Notifications about meetings (moving up from the waiting list): they point at an event instead of a thread. */
export class Migration20261130090000_meeting_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification" alter column "thread_id" drop not null;`);
    this.addSql(`alter table "notification" add column "event_id" uuid null;`);
    this.addSql(
      `alter table "notification" add constraint "notification_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create index "notification_event_id_index" on "notification" ("event_id");`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MENTION', 'NEW_COMMENT', 'REPLY', 'ANSWER', 'WAITLIST_PROMOTED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "notification" where "thread_id" is null;`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check ("kind" in ('MENTION', 'NEW_COMMENT', 'REPLY', 'ANSWER'));`,
    );
    this.addSql(`drop index "notification_event_id_index";`);
    this.addSql(`alter table "notification" drop constraint "notification_event_id_foreign";`);
    this.addSql(`alter table "notification" drop column "event_id";`);
    this.addSql(`alter table "notification" alter column "thread_id" set not null;`);
  }
}
