import type { EntityManager } from '@mikro-orm/postgresql';
import { documentsOf, idsAfter } from './documents/index.js';
import type { SearchDocument, SearchTypeName } from './documents/shape.js';
import type { DanishLexicon } from './lexicon.js';

/*
 * Search documents: their shape (documents/shape.ts), the registry of search types (documents/registry.ts: each
 * module declares its types, with a builder that reads its rows with set-based SQL, in `modules/<domain>/*.search.ts`)
 * and the dispatcher over them (documents/index.ts).
 */
export * from './documents/shape.js';
export { countRows, documentsOf, idsAfter } from './documents/index.js';
export {
  searchRegistry,
  type SearchFeed,
  type SearchHit,
  type SearchSource,
  type SearchTypeRegistry,
} from './documents/registry.js';

/** The next page of one type's rows (their ids) in id order, for walking every row. */
export async function loadRowsAfter(
  em: EntityManager,
  type: SearchTypeName,
  afterId: string | null,
  limit: number,
): Promise<{ id: string }[]> {
  return (await idsAfter(em, type, afterId, limit)).map((id) => ({ id }));
}

/** The documents of these rows of one type (`documentsOf` for rows named by their ids). */
export function buildDocuments(
  em: EntityManager,
  lexicon: DanishLexicon,
  type: SearchTypeName,
  rows: readonly { id: string }[],
): Promise<SearchDocument[]> {
  return documentsOf(
    em,
    lexicon,
    type,
    rows.map((row) => row.id),
  );
}
