import type { EntityManager } from '@mikro-orm/postgresql';
import type { EvidenceStrength } from '../evidence/evidence.enums.js';
import {
  contentAccess,
  contentAccessSql,
  readRows,
  topicIdsSql,
  type ContentAccessRow,
  type DocumentParts,
} from '../../search/documents/assemble.js';
import type { SearchSource } from '../../search/documents/registry.js';
import { Method } from './method.entity.js';
import { readableWhere } from '../content/read-rule.js';

interface Row extends ContentAccessRow {
  id: string;
  name: string;
  original_name: string | null;
  summary: string;
  description: string;
  origin: string | null;
  target_groups: string[];
  age_min: number | null;
  age_max: number | null;
  verdict_strength: EvidenceStrength;
  topic_ids: string[];
}

const SQL = `select m.id, m.name, m.original_name, m.summary, m.description, m.origin, m.target_groups,
    m.age_min, m.age_max, m.verdict_strength, ${contentAccessSql('m')}, ${topicIdsSql('method_topics', 'method_id', 'm')}
  from method m
  where m.id in (?)`;

async function load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]> {
  return (await readRows<Row>(em, SQL, ids)).map((row) => ({
    id: row.id,
    title: row.name,
    alias: row.original_name ?? '',
    summary: row.summary,
    body: row.description,
    place: row.origin ? [row.origin] : [],
    topicIds: row.topic_ids,
    // The editorial verdict, never the strongest single scheme.
    evidence: row.verdict_strength,
    targetGroups: row.target_groups,
    ageMin: row.age_min,
    ageMax: row.age_max,
    year: null,
    access: contentAccess(row),
    date: row.date,
  }));
}

declare module '../../search/documents/registry.js' {
  interface SearchTypeRegistry {
    Method: Method;
  }
}

/** The Method search type, listed under `search` in method.module.ts. */
export const methodSearch: SearchSource<'Method'> = {
  type: 'Method',
  entity: Method,
  description: 'Methods and programmes.',
  table: 'method',
  load,
  readable: readableWhere,
};
