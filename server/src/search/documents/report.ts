import type { EntityManager } from '@mikro-orm/postgresql';
import {
  contentAccess,
  contentAccessSql,
  readRows,
  topicIdsSql,
  type ContentAccessRow,
  type DocumentParts,
} from './assemble.js';

export const type = 'Report';

export const table = 'report';

interface Row extends ContentAccessRow {
  id: string;
  title: string;
  summary: string;
  body: string;
  year: number;
  topic_ids: string[];
}

const SQL = `select r.id, r.title, r.summary, r.body, extract(year from r.published_on)::int as year,
    ${contentAccessSql('r')}, ${topicIdsSql('report_topics', 'report_id', 'r')}
  from report r
  where r.id in (?)`;

export async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    body: row.body,
    topicIds: row.topic_ids,
    year: row.year,
    access: contentAccess(row),
    date: row.date,
  }));
}
