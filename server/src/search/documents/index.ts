import type { EntityManager } from '@mikro-orm/postgresql';
import type { DanishLexicon } from '../lexicon.js';
import { topicTree } from '../topic-tree.js';
import { assemble, type DocumentParts } from './assemble.js';
import * as caseDocuments from './case.js';
import * as eventDocuments from './event.js';
import * as methodDocuments from './method.js';
import * as organisationDocuments from './organisation.js';
import * as reportDocuments from './report.js';
import type { SearchDocument, SearchTypeName } from './shape.js';
import * as studyDocuments from './study.js';
import * as talkDocuments from './talk.js';
import * as threadDocuments from './thread.js';
import * as workshopOutputDocuments from './workshop-output.js';
import * as workshopDocuments from './workshop.js';

/**
 * One builder per search type: its table, and `load`, which reads what the documents of a batch of rows show in a
 * fixed number of set-based statements (no entities, no identity map) and returns their parts.
 */
export interface DocumentBuilder {
  type: SearchTypeName;
  table: string;
  load(em: EntityManager, ids: readonly string[]): Promise<DocumentParts[]>;
}

export const BUILDERS: { [T in SearchTypeName]: DocumentBuilder & { type: T } } = {
  Case: caseDocuments,
  Method: methodDocuments,
  Study: studyDocuments,
  Talk: talkDocuments,
  Event: eventDocuments,
  Workshop: workshopDocuments,
  Report: reportDocuments,
  Organisation: organisationDocuments,
  Thread: threadDocuments,
  WorkshopOutput: workshopOutputDocuments,
};

/** Ids per statement: the `in (…)` list stays a few dozen KB. */
const CHUNK = 1000;

/**
 * The documents of these rows of one type; rows that do not exist (any more) have none. Reads the rows first and
 * the topic tree after them, so every topic a row is filed under is in the tree.
 */
export async function documentsOf(
  em: EntityManager,
  lexicon: DanishLexicon,
  type: SearchTypeName,
  ids: readonly string[],
): Promise<SearchDocument[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const parts: DocumentParts[] = [];
  for (let start = 0; start < unique.length; start += CHUNK)
    parts.push(...(await BUILDERS[type].load(em, unique.slice(start, start + CHUNK))));
  if (parts.length === 0) return [];
  const tree = await topicTree(em);
  return parts.map((part) => assemble(lexicon, tree, type, part));
}

/** The next `limit` ids of one type in id order after `afterId` (reindexing pages through every row). */
export async function idsAfter(
  em: EntityManager,
  type: SearchTypeName,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const { table } = BUILDERS[type];
  const rows = await em.execute<{ id: string }[]>(
    `select id from ${table} ${afterId ? 'where id > ?' : ''} order by id limit ?`,
    afterId ? [afterId, limit] : [limit],
  );
  return rows.map((row) => row.id);
}

/** How many rows of one type there are (for progress). */
export async function countRows(em: EntityManager, type: SearchTypeName): Promise<number> {
  const [row] = await em.execute<{ count: string }[]>(`select count(*) from ${BUILDERS[type].table}`);
  return Number(row?.count ?? 0);
}
