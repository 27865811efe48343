import { Migration } from '@mikro-orm/migrations';

/** Indexes for foreign keys, the reverse side of join tables, and the orders lists are paginated by. */
export class Migration20261129070000_indexes extends Migration {
  private readonly indexes: [table: string, columns: string][] = [
    ['practice_case', 'organisation_id'],
    ['evidence_rating', 'method_id'],
    ['evidence_rating', 'study_id'],
    ['talk', 'event_id'],
    ['workshop', 'event_id'],
    ['workshop', 'talk_id'],
    ['topic', 'parent_id'],
    ['case_methods', 'method_id'],
    ['case_topics', 'topic_id'],
    ['method_topics', 'topic_id'],
    ['method_studies', 'study_id'],
    ['study_topics', 'topic_id'],
    ['talk_topics', 'topic_id'],
    ['talk_methods', 'method_id'],
    ['event_topics', 'topic_id'],
    ['report_topics', 'topic_id'],
    ['report_cases', 'case_id'],
    ['practice_case', 'year, id'],
    ['practice_case', 'title, id'],
    ['practice_case', 'created_at, id'],
    ['method', 'name, id'],
    ['method', 'evidence_score, id'],
    ['study', 'year, id'],
    ['study', 'title, id'],
    ['event', 'starts_at, id'],
    ['talk', 'starts_at, id'],
    ['organisation', 'name, id'],
    ['report', 'published_on, id'],
  ];

  private name(table: string, columns: string): string {
    return `${table}_${columns.replaceAll(', ', '_')}_index`;
  }

  override async up(): Promise<void> {
    for (const [table, columns] of this.indexes) {
      this.addSql(`create index "${this.name(table, columns)}" on "${table}" (${columns});`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, columns] of this.indexes) this.addSql(`drop index "${this.name(table, columns)}";`);
  }
}
