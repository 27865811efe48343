import type { SearchResponse } from 'meilisearch';
import type { SearchDocument, SearchTypeName } from './documents.js';

export type SearchFieldName = 'TITLE' | 'SUMMARY' | 'TOPICS' | 'CHAPTERS' | 'BODY' | 'PEOPLE' | 'PLACE' | 'TRANSCRIPT';

/** Which reported field each indexed attribute (and its `…Terms` companion) belongs to, in ranking order. */
const FIELD_OF: Record<string, SearchFieldName> = {
  title: 'TITLE',
  titleTerms: 'TITLE',
  summary: 'SUMMARY',
  summaryTerms: 'SUMMARY',
  topicNames: 'TOPICS',
  topicTerms: 'TOPICS',
  chapters: 'CHAPTERS',
  chapterTerms: 'CHAPTERS',
  body: 'BODY',
  bodyTerms: 'BODY',
  people: 'PEOPLE',
  place: 'PLACE',
  transcript: 'TRANSCRIPT',
  transcriptTerms: 'TRANSCRIPT',
};

export const SNIPPET_SOURCE: Record<SearchFieldName, keyof SearchDocument> = {
  TITLE: 'title',
  SUMMARY: 'summary',
  TOPICS: 'topicNames',
  CHAPTERS: 'chapters',
  BODY: 'body',
  PEOPLE: 'people',
  PLACE: 'place',
  TRANSCRIPT: 'transcript',
};

export interface SearchHitValue {
  type: SearchTypeName;
  entityId: string;
  offset: number;
  matchedFields: SearchFieldName[];
  highlights: { field: SearchFieldName; snippet: string }[];
}

// Highlight tags no text contains, replaced by <mark> after escaping the text (see `markup`).
export const PRE = '\u0002';
export const POST = '\u0003';
/** How many words a snippet shows around what matched. */
export const SNIPPET_WORDS = 24;

/** One hit as the API reports it: what it is, where it sits, which fields matched and their snippets. */
export function toHit(hit: SearchResponse<SearchDocument>['hits'][number], offset: number): SearchHitValue {
  const matched = new Set<SearchFieldName>();
  for (const attribute of Object.keys(hit._matchesPosition ?? {})) {
    const field = FIELD_OF[attribute.split('.')[0]!];
    if (field) matched.add(field);
  }
  const order = Object.keys(SNIPPET_SOURCE) as SearchFieldName[];
  const matchedFields = order.filter((field) => matched.has(field));
  const highlights = matchedFields.map((field) => ({
    field,
    snippet: snippetOf(hit._formatted?.[SNIPPET_SOURCE[field]]),
  }));
  return { type: hit.type, entityId: hit.entityId, offset, matchedFields, highlights };
}

function snippetOf(value: unknown): string {
  if (Array.isArray(value)) {
    const items = value.map(String);
    const marked = items.filter((item) => item.includes(PRE));
    return markup((marked.length > 0 ? marked : items.slice(0, 3)).join(' · '));
  }
  return markup(typeof value === 'string' ? value : '');
}

/** Escapes the text as HTML and turns the highlight tags into <mark>, so clients can render it as it is. */
export function markup(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll(PRE, '<mark>')
    .replaceAll(POST, '</mark>');
}
