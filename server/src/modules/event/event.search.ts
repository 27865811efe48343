import type { EntityManager } from '@mikro-orm/postgresql';
import {
  contentAccess,
  contentAccessSql,
  readRows,
  topicIdsSql,
  utcYear,
  type ContentAccessRow,
  type DocumentParts,
} from '../../search/documents/assemble.js';
import type { SearchSource } from '../../search/documents/registry.js';
import { Event } from './event.entity.js';
import { readableWhere } from '../content/read-rule.js';

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

async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
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

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Event: Event;
  }
}

/** The Event search type, listed under `search` in event.module.ts. */
export const eventSearch: SearchSource<'Event'> = {
  type: 'Event',
  entity: Event,
  description: 'Forum meetings and other events.',
  table: 'event',
  load,
  readable: readableWhere,
};
