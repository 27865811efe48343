import type { EntityManager } from '@mikro-orm/postgresql';
import {
  contentAccess,
  contentAccessSql,
  readRows,
  topicIdsSql,
  utcYear,
  type ContentAccessRow,
  type DocumentParts,
} from './assemble.js';

export const type = 'Event';

export const table = 'event';

interface Row extends ContentAccessRow {
  id: string;
  title: string;
  theme: string;
  description: string;
  venue: string;
  city: string;
  year: number;
  topic_ids: string[];
}

const SQL = `select e.id, e.title, e.theme, e.description, e.venue, e.city, ${utcYear('e.starts_at')} as year,
    ${contentAccessSql('e')}, ${topicIdsSql('event_topics', 'event_id', 'e')}
  from event e
  where e.id in (?)`;

export async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.theme,
    body: row.description,
    place: [row.venue, row.city],
    topicIds: row.topic_ids,
    year: row.year,
    access: contentAccess(row),
    date: row.date,
  }));
}
