import type { EntityManager } from '@mikro-orm/postgresql';
import {
  contentAccess,
  contentAccessSql,
  readRows,
  utcYear,
  type ContentAccessRow,
  type DocumentParts,
} from './assemble.js';

export const type = 'Workshop';

export const table = 'workshop';

interface Row extends ContentAccessRow {
  id: string;
  title: string;
  description: string;
  facilitator: string | null;
  room: string | null;
  year: number;
  event_id: string;
}

const SQL = `select w.id, w.title, w.description, w.facilitator, w.room, ${utcYear('w.starts_at')} as year, w.event_id,
    ${contentAccessSql('w')}
  from workshop w
  where w.id in (?)`;

export async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => ({
    id: row.id,
    title: row.title,
    body: row.description,
    people: row.facilitator ? [row.facilitator] : [],
    place: row.room ? [row.room] : [],
    year: row.year,
    dependsOn: [`Event:${row.event_id}`],
    access: contentAccess(row),
    date: row.date,
  }));
}
