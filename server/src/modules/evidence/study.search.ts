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
import { Study } from './study.entity.js';
import { readableWhere } from '../content/read-rule.js';

interface Row extends ContentAccessRow {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  publisher: string;
  country: string | null;
  year: number;
  topic_ids: string[];
}

const SQL = `select s.id, s.title, s.abstract, s.authors, s.publisher, s.country, s.year,
    ${contentAccessSql('s')}, ${topicIdsSql('study_topics', 'study_id', 's')}
  from study s
  where s.id in (?)`;

async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.abstract,
    people: row.authors,
    place: [row.publisher, ...(row.country ? [row.country] : [])],
    topicIds: row.topic_ids,
    year: row.year,
    access: contentAccess(row),
    date: row.date,
  }));
}

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Study: Study;
  }
}

/** The Study search type, listed under `search` in evidence.module.ts. */
export const studySearch: SearchSource<'Study'> = {
  type: 'Study',
  entity: Study,
  description: 'Studies and other evidence sources.',
  table: 'study',
  load,
  readable: readableWhere,
};
