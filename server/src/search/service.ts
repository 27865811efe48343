import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { AppError } from '../graphql/errors.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { readableSearchFilter } from '../modules/content/content.policy.js';
import { isMeiliUnreachable, meiliErrorCode } from '../platform/meilisearch.js';
import type { SearchDocument, SearchTypeName } from './documents.js';
import type { SearchEngine } from './engine.js';
import { words } from './lexicon.js';

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
const SNIPPET_SOURCE: Record<SearchFieldName, keyof SearchDocument> = {
  TITLE: 'title',
  SUMMARY: 'summary',
  TOPICS: 'topicNames',
  CHAPTERS: 'chapters',
  BODY: 'body',
  PEOPLE: 'people',
  PLACE: 'place',
  TRANSCRIPT: 'transcript',
};

/** Facet name → document attribute. */
export const FACETS = {
  types: 'type',
  topics: 'topicIds',
  targetGroups: 'targetGroups',
  ageRanges: 'ageRanges',
  evidenceStrengths: 'evidenceStrength',
  organisationKinds: 'organisationKind',
  participantKinds: 'participantKinds',
  years: 'year',
} as const;
export type FacetName = keyof typeof FACETS;

export interface SearchFilterValues {
  types?: SearchTypeName[] | null;
  topicIds?: string[] | null;
  targetGroups?: string[] | null;
  ageRanges?: string[] | null;
  evidenceStrengths?: string[] | null;
  organisationKinds?: string[] | null;
  participantKinds?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
}

export interface SearchHitValue {
  type: SearchTypeName;
  entityId: string;
  offset: number;
  matchedFields: SearchFieldName[];
  highlights: { field: SearchFieldName; snippet: string }[];
}

export interface SearchPage {
  hits: SearchHitValue[];
  hasNextPage: boolean;
  offset: number;
  totalCount: number;
  searchedAs: string;
  facets: Record<FacetName, { value: string; count: number }[]>;
}

// Highlight tags no text contains, replaced by <mark> after escaping the text.
const PRE = '\u0002';
const POST = '\u0003';
const MAX_QUERY = 200;

/** Turns Meilisearch failures into the API's SEARCH_UNAVAILABLE; other errors pass through. */
export async function unavailableOnOutage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isMeiliUnreachable(error) || meiliErrorCode(error) === 'index_not_found') {
      throw new AppError(
        'Search is unavailable right now; everything else works. Please try again shortly.',
        'SEARCH_UNAVAILABLE',
      );
    }
    throw error;
  }
}

/** Queries the search index: Danish query normalisation, visibility and facet filters, snippets. */
export class SearchService {
  constructor(readonly engine: SearchEngine) {}

  /**
   * The query as it is sent: each word as its base form (or compound parts), exactly as documents' `…Terms`
   * fields are written. Phrases in quotes and `-excluded` words are left as typed.
   */
  normalise(query: string): string {
    const trimmed = query.trim();
    if (trimmed.includes('"')) return trimmed;
    return trimmed
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((token) =>
        token.startsWith('-') ? [token] : words(token).flatMap((word) => this.engine.lexicon.canonical(word)),
      )
      .join(' ');
  }

  private filterParts(viewer: Viewer, filter: SearchFilterValues | null | undefined, skip?: FacetName): string[] {
    const list = (values: readonly string[]) => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
    const parts: string[] = [];
    const readable = readableSearchFilter(viewer);
    if (readable) parts.push(`(${readable})`);
    const inList = (facet: FacetName, values: readonly string[] | null | undefined) => {
      if (facet !== skip && values && values.length > 0) parts.push(`${FACETS[facet]} IN ${list(values)}`);
    };
    inList('types', filter?.types);
    inList('topics', filter?.topicIds);
    inList('targetGroups', filter?.targetGroups);
    inList('ageRanges', filter?.ageRanges);
    inList('evidenceStrengths', filter?.evidenceStrengths);
    inList('organisationKinds', filter?.organisationKinds);
    inList('participantKinds', filter?.participantKinds);
    if (skip !== 'years') {
      if (filter?.yearFrom !== null && filter?.yearFrom !== undefined) parts.push(`year >= ${filter.yearFrom}`);
      if (filter?.yearTo !== null && filter?.yearTo !== undefined) parts.push(`year <= ${filter.yearTo}`);
    }
    return parts;
  }

  /**
   * One page of hits with facet counts. Facets are disjunctive: a facet's counts ignore that facet's own
   * selection (so choosing "Case" still shows how many methods there are), computed in the same multi-search.
   */
  async search(props: {
    viewer: Viewer;
    query: string;
    filter?: SearchFilterValues | null;
    offset: number;
    limit: number;
  }): Promise<SearchPage> {
    const { viewer, filter, offset, limit } = props;
    if (props.query.length > MAX_QUERY) {
      throw new AppError(`A search may be at most ${MAX_QUERY} characters.`, 'BAD_USER_INPUT', { argument: 'query' });
    }
    const q = this.normalise(props.query);
    const uid = this.engine.live;
    const selected = (Object.keys(FACETS) as FacetName[]).filter((facet) => isSelected(filter, facet));
    const main: MultiSearchQuery = {
      indexUid: uid,
      q,
      filter: this.filterParts(viewer, filter),
      facets: (Object.keys(FACETS) as FacetName[]).filter((f) => !selected.includes(f)).map((f) => FACETS[f]),
      offset,
      limit: limit + 1,
      attributesToRetrieve: ['type', 'entityId'],
      attributesToHighlight: q ? Object.values(SNIPPET_SOURCE) : [],
      attributesToCrop: q ? ['summary', 'body', 'transcript'] : [],
      cropLength: 24,
      highlightPreTag: PRE,
      highlightPostTag: POST,
      showMatchesPosition: q.length > 0,
      sort: q ? undefined : ['date:desc'],
    };
    const facetQueries: MultiSearchQuery[] = selected.map((facet) => ({
      indexUid: uid,
      q,
      filter: this.filterParts(viewer, filter, facet),
      facets: [FACETS[facet]],
      limit: 0,
    }));
    const { results } = await unavailableOnOutage(() =>
      this.engine.client.multiSearch({ queries: [main, ...facetQueries] }),
    );
    const [first, ...rest] = results as unknown as SearchResponse<SearchDocument>[];
    const distribution = { ...(first?.facetDistribution ?? {}) };
    for (const result of rest) Object.assign(distribution, result.facetDistribution ?? {});
    const facets = Object.fromEntries(
      (Object.keys(FACETS) as FacetName[]).map((facet) => [
        facet,
        Object.entries(distribution[FACETS[facet]] ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      ]),
    ) as SearchPage['facets'];
    const hits = (first?.hits ?? []).slice(0, limit).map((hit, i) => toHit(hit, offset + i));
    return {
      hits,
      hasNextPage: (first?.hits.length ?? 0) > limit,
      offset,
      totalCount: first?.estimatedTotalHits ?? first?.totalHits ?? 0,
      searchedAs: q,
      facets,
    };
  }

  /** Search-as-you-type: titles only, few fields, small payload. */
  async suggest(props: { viewer: Viewer; prefix: string; limit: number; types?: SearchTypeName[] | null }) {
    const q = this.normalise(props.prefix.slice(0, MAX_QUERY));
    if (!q) return [];
    const response = await unavailableOnOutage(() =>
      this.engine.client.index<SearchDocument>(this.engine.live).search(q, {
        filter: this.filterParts(props.viewer, { types: props.types }),
        limit: props.limit,
        attributesToRetrieve: ['type', 'entityId', 'title'],
        attributesToSearchOn: ['title', 'titleTerms', 'topicNames', 'topicTerms'],
        attributesToHighlight: ['title'],
        highlightPreTag: PRE,
        highlightPostTag: POST,
      }),
    );
    return response.hits.map((hit) => ({
      type: hit.type,
      entityId: hit.entityId,
      text: hit.title,
      highlighted: markup(String(hit._formatted?.title ?? hit.title)),
    }));
  }
}

function isSelected(filter: SearchFilterValues | null | undefined, facet: FacetName): boolean {
  if (!filter) return false;
  switch (facet) {
    case 'types':
      return !!filter.types?.length;
    case 'topics':
      return !!filter.topicIds?.length;
    case 'targetGroups':
      return !!filter.targetGroups?.length;
    case 'ageRanges':
      return !!filter.ageRanges?.length;
    case 'evidenceStrengths':
      return !!filter.evidenceStrengths?.length;
    case 'organisationKinds':
      return !!filter.organisationKinds?.length;
    case 'participantKinds':
      return !!filter.participantKinds?.length;
    case 'years':
      return (filter.yearFrom ?? null) !== null || (filter.yearTo ?? null) !== null;
  }
}

function toHit(hit: SearchResponse<SearchDocument>['hits'][number], offset: number): SearchHitValue {
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
