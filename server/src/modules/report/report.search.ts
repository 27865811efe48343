import type { EntityManager } from '@mikro-orm/postgresql';
import {
  contentAccess,
  contentAccessSql,
  readRows,
  topicIdsSql,
  type ContentAccessRow,
  type DocumentParts,
} from '../../search/documents/assemble.js';
import type { SearchSource } from '../../search/documents/registry.js';
import { Report } from './report.entity.js';
import { readableWhere } from '../content/read-rule.js';

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

async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
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

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Report: Report;
  }
}

/** The Report search type, listed under `search` in report.module.ts. */
export const reportSearch: SearchSource<'Report'> = {
  type: 'Report',
  entity: Report,
  description: 'Reports.',
  table: 'report',
  load,
  readable: readableWhere,
};
