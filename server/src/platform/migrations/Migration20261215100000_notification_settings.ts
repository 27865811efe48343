import { Migration } from '@mikro-orm/migrations';

/** The kinds of notification each member has turned off (account settings); everyone starts with all of them on. */
export class Migration20261215100000_notification_settings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "member" add column "muted_notifications" text[] not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "member" drop column "muted_notifications";`);
  }
}
