import { Migration } from '@mikro-orm/migrations';

/** When a member last wrote: with read replicas, their reads stay on the primary for a while after it. */
export class Migration20261206170000_member_last_write extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "member" add column "last_write_at" timestamptz null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "member" drop column "last_write_at";');
  }
}
