import type { EntityManager } from '@mikro-orm/postgresql';
import {
  contentAccess,
  contentAccessSql,
  readRows,
  utcYear,
  type ContentAccessRow,
  type DocumentParts,
} from '../../search/documents/assemble.js';
import type { SearchSource } from '../../search/documents/registry.js';
import { Workshop } from './event.entity.js';
import { readableWhere } from '../content/read-rule.js';

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

async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
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

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Workshop: Workshop;
  }
}

/** The Workshop search type, listed under `search` in event.module.ts. */
export const workshopSearch: SearchSource<'Workshop'> = {
  type: 'Workshop',
  entity: Workshop,
  description: 'Workshops at events.',
  table: 'workshop',
  load,
  readable: readableWhere,
};
