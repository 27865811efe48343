import { Migration } from '@mikro-orm/migrations';

/** Talks are listed and paged by start time, so every talk needs one: a talk without falls back to its event's. */
export class Migration20261129081500_talk_starts_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `update "talk" set "starts_at" = (select "starts_at" from "event" where "event"."id" = "talk"."event_id") where "starts_at" is null;`,
    );
    this.addSql(`alter table "talk" alter column "starts_at" set not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "talk" alter column "starts_at" drop not null;`);
  }
}
