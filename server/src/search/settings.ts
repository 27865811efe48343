import { createHash } from 'node:crypto';
import type { Settings } from 'meilisearch';
import { stopWords } from '../../../seeds/search/stop-words.js';
import { synonymGroups } from '../../../seeds/search/synonyms.js';
import type { DanishLexicon } from './lexicon.js';
import { words } from './lexicon.js';
import { isStopWord, searchForm } from './query-analysis.js';

/**
 * Bump when the document shape (search/documents.ts) or the text analysis changes in a way the settings do not
 * show: the hash below changes and the next start rebuilds the index.
 */
export const DOCUMENT_VERSION = 5;

/**
 * Searchable fields, most important first (Meilisearch's `attribute` rule ranks matches in earlier fields
 * higher). Each text field is followed by its `…Terms` companion: the same words as base forms plus compound
 * parts, so "familie" finds "plejefamilien" and "barn" finds "plejebørn" at nearly the weight of a direct match.
 */
export const SEARCHABLE = [
  'title',
  'titleTerms',
  'summary',
  'summaryTerms',
  'topicNames',
  'topicTerms',
  'chapters',
  'chapterTerms',
  'body',
  'bodyTerms',
  'people',
  'place',
  'transcript',
  'transcriptTerms',
] as const;

export const FILTERABLE = [
  'type',
  'entityId',
  'visibility',
  'published',
  'organisationId',
  'topicIds',
  'targetGroups',
  'ageRanges',
  'ageMin',
  'ageMax',
  'evidenceStrength',
  'organisationKind',
  'participantKinds',
  'subjectType',
  'year',
  'dependsOn',
] as const;

const synonymCache = new WeakMap<DanishLexicon, Record<string, string[]>>();

/**
 * Synonym groups (seeds/search/synonyms.ts) as Meilisearch wants them, each word also as the query will send it.
 * Worked out once per lexicon (a few seconds on a cold one): index settings and transcript search share it.
 */
export function synonymSettings(lexicon: DanishLexicon): Record<string, string[]> {
  let cached = synonymCache.get(lexicon);
  if (!cached) {
    cached = Object.freeze(buildSynonyms(lexicon));
    synonymCache.set(lexicon, cached);
  }
  return cached;
}

function buildSynonyms(lexicon: DanishLexicon): Record<string, string[]> {
  const canonical = (phrase: string) =>
    words(phrase)
      .filter((word) => !isStopWord(word))
      .map((word) => searchForm(lexicon, word).form)
      .join(' ');
  const result: Record<string, Set<string>> = {};
  for (const group of synonymGroups) {
    const forms = [...new Set(group.flatMap((phrase) => [phrase.toLowerCase(), canonical(phrase)]))].filter(Boolean);
    for (const form of forms) {
      const others = (result[form] ??= new Set());
      for (const other of forms) if (other !== form) others.add(other);
    }
  }
  return Object.fromEntries(
    Object.entries(result)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([form, others]) => [form, [...others].sort()]),
  );
}

/**
 * How many typos a query word may have: one from `oneTypo` letters, two from `twoTypos`. Meilisearch applies it to
 * site search, and transcript search (search/transcript.ts) applies the same numbers in-process.
 */
export const TYPO_TOLERANCE = { oneTypo: 5, twoTypos: 9 } as const;

export function indexSettings(lexicon: DanishLexicon): Settings {
  return {
    searchableAttributes: [...SEARCHABLE],
    filterableAttributes: [...FILTERABLE],
    sortableAttributes: ['date', 'year', 'evidenceScore', 'title'],
    displayedAttributes: ['*'],
    // Title/summary matches first (attribute), stronger evidence decides ties.
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'evidenceScore:desc', 'date:desc'],
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['dan'] }],
    stopWords,
    synonyms: synonymSettings(lexicon),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { ...TYPO_TOLERANCE },
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 1000 },
    separatorTokens: [],
    nonSeparatorTokens: [],
    proximityPrecision: 'byWord',
  };
}

/** A fingerprint of everything that shapes the index; a different value at start-up means "rebuild". */
export function settingsHash(settings: Settings): string {
  return createHash('sha256')
    .update(JSON.stringify({ settings, documentVersion: DOCUMENT_VERSION }))
    .digest('hex')
    .slice(0, 16);
}
