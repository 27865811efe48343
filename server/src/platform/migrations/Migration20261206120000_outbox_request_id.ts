import { Migration } from '@mikro-orm/migrations';

/** The request that wrote an outbox row, so a change can be followed from the API call to the search index. */
export class Migration20261206120000_outbox_request_id extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "search_outbox" add column "request_id" varchar(64) null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "search_outbox" drop column "request_id";');
  }
}
