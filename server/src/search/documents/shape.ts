import type { Visibility } from '../../modules/content/content.enums.js';
import type { EvidenceStrength } from '../../modules/evidence/evidence.enums.js';
import { words, type DanishLexicon } from '../lexicon.js';
import { indexedTerms } from '../query-analysis.js';
import { searchRegistry, type SearchTypeName } from './registry.js';

export type { SearchTypeName } from './registry.js';

/** The node types search finds (every module's `search` declarations), by name. */
export function searchTypes(): readonly SearchTypeName[] {
  return searchRegistry.types();
}

export function isSearchType(type: string): type is SearchTypeName {
  return searchRegistry.isType(type);
}

/** One Meilisearch document: everything one search hit needs to be found, filtered, faceted and ranked. */
export interface SearchDocument {
  id: string;
  type: SearchTypeName;
  entityId: string;
  title: string;
  titleTerms: string;
  summary: string;
  summaryTerms: string;
  topicNames: string[];
  topicTerms: string;
  chapters: string[];
  chapterTerms: string;
  body: string;
  bodyTerms: string;
  people: string[];
  place: string[];
  transcript: string;
  transcriptTerms: string;
  visibility: Visibility;
  published: boolean;
  /** The organisation that owns the row (ContentEntity.owner), for ORGANISATION visibility. */
  organisationId: string | null;
  /** The kind of organisation the item comes from (a case's organisation, or an organisation itself). */
  organisationKind: string | null;
  /** A thread's participants' kinds of organisation (empty for everything else). */
  participantKinds: string[];
  /** The type of what a thread is about ("Method", "Topic", …); null for everything else. */
  subjectType: string | null;
  /** Seconds since 1970 of a thread's last comment; null for everything else. */
  lastActivityAt: number | null;
  /** The topics the item is filed under and every topic above them. */
  topicIds: string[];
  targetGroups: string[];
  ageMin: number | null;
  ageMax: number | null;
  ageRanges: string[];
  evidenceStrength: EvidenceStrength | null;
  evidenceScore: number;
  year: number | null;
  /** Seconds since 1970 of publication (or creation; a thread's last activity), for "newest first" when browsing. */
  date: number;
  /** "Type:id" of other rows this document shows data from; their changes re-index it. */
  dependsOn: string[];
}

export function documentId(type: SearchTypeName, id: string): string {
  return `${type}-${id}`;
}

/**
 * Base forms and compound parts that differ from the words themselves, in text order; for a word the Danish
 * dictionary does not know (English titles, names), its English stem, as query-analysis.ts searches it.
 */
export function termsOf(lexicon: DanishLexicon, text: string): string {
  const terms: string[] = [];
  for (const word of words(text)) for (const term of indexedTerms(lexicon, word)) terms.push(term);
  return terms.join(' ');
}
