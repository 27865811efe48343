import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../modules/case/case.entity.js';
import type { ContentEntity } from '../modules/content/content.entity.js';
import { Thread } from '../modules/discussion/thread.entity.js';
import { Event, Workshop } from '../modules/event/event.entity.js';
import { Study } from '../modules/evidence/study.entity.js';
import { Method } from '../modules/method/method.entity.js';
import { WorkshopOutput } from '../modules/outcome/output.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Report } from '../modules/report/report.entity.js';
import { Talk } from '../modules/talk/talk.entity.js';
import { documentsOf, idsAfter } from './documents/index.js';
import type { SearchDocument, SearchTypeName } from './documents/shape.js';
import type { DanishLexicon } from './lexicon.js';

/*
 * Search documents: their shape (documents/shape.ts), one builder per type that reads its rows with set-based SQL
 * (documents/<type>.ts) and the dispatcher over them (documents/index.ts).
 */
export * from './documents/shape.js';
export { BUILDERS, countRows, documentsOf, idsAfter, type DocumentBuilder } from './documents/index.js';

/** The entity of each search type, for hydrating hits (modules/search/search.resolver.ts). */
export const ENTITY_OF: Record<SearchTypeName, new () => ContentEntity | Organisation | Thread | WorkshopOutput> = {
  Case,
  Method,
  Study,
  Talk,
  Event,
  Workshop,
  Report,
  Organisation,
  Thread,
  WorkshopOutput,
};

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
