import { Migration } from '@mikro-orm/migrations';

/**
 * A trigram index on members' names, so `mentionCandidates` finds a name containing what was typed (ILIKE '%…%')
 * without reading every member. pg_trgm ships with PostgreSQL and is a trusted extension (the database owner may
 * create it).
 */
export class Migration20261130091000_member_name_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "member_name_trgm_index" on "member" using gin ("name" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "member_name_trgm_index";`);
  }
}
