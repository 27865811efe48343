import type { EntityManager } from '@mikro-orm/postgresql';
import type { DanishLexicon } from '../lexicon.js';
import { topicTree } from '../topic-tree.js';
import { assemble, type DocumentParts } from './assemble.js';
import { searchRegistry } from './registry.js';
import type { SearchDocument, SearchTypeName } from './shape.js';

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
    parts.push(...(await searchRegistry.source(type).load(em, unique.slice(start, start + CHUNK))));
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
  const { table } = searchRegistry.source(type);
  const rows = await em.execute<{ id: string }[]>(
    `select id from ${table} ${afterId ? 'where id > ?' : ''} order by id limit ?`,
    afterId ? [afterId, limit] : [limit],
  );
  return rows.map((row) => row.id);
}

/** How many rows of one type there are (for progress). */
export async function countRows(em: EntityManager, type: SearchTypeName): Promise<number> {
  const [row] = await em.execute<{ count: string }[]>(`select count(*) from ${searchRegistry.source(type).table}`);
  return Number(row?.count ?? 0);
}
