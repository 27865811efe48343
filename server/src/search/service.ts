import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import type { Viewer } from '../modules/auth/viewer.js';
import { readableSearchFilter } from '../modules/content/content.policy.js';
import { isMeiliUnreachable, meiliErrorCode } from '../platform/meilisearch.js';
import type { SearchDocument, SearchTypeName } from './documents.js';
import type { SearchEngine } from './engine.js';
import { SearchUnavailableError } from './errors.js';
import { alternatives, documentFrequencies, mostTelling, rotations, tellingCandidates, THIN } from './broaden.js';
import { analyseQuery, MAX_QUERY_WORDS, queryString } from './query-analysis.js';
import { markup, POST, PRE, SNIPPET_SOURCE, SNIPPET_WORDS, toHit, type SearchHitValue } from './hits.js';
import { nearest } from './suggestions.js';

export { markup, POST, PRE, SNIPPET_WORDS, type SearchFieldName, type SearchHitValue } from './hits.js';

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

/** How a query was read, reported beside its hits. */
export interface SearchInterpretation {
  /** The words as searched (base forms, corrections, compound parts). */
  searchedAs: string;
  /** The input was long and was reduced to its most telling words (or cut to MAX_QUERY_CHARS). */
  reduced: boolean;
  /** Words no readable item has, so they did not decide anything. */
  ignoredWords: string[];
  /** Few items matched every important word, so the list goes on with items that match fewer. */
  broadened: boolean;
  /** With no hits: words from readable items spelled like the ones searched for. */
  nearestTerms: string[];
  /** With no hits: topic ids near the words searched for, with item counts. */
  nearestTopics: { value: string; count: number }[];
}

export interface SearchPage extends SearchInterpretation {
  hits: SearchHitValue[];
  hasNextPage: boolean;
  offset: number;
  totalCount: number;
  facets: Record<FacetName, { value: string; count: number }[]>;
}

function emptyPage(offset: number): Omit<SearchPage, keyof SearchInterpretation> {
  const facets = Object.fromEntries(Object.keys(FACETS).map((facet) => [facet, []])) as unknown as SearchPage['facets'];
  return { hits: [], hasNextPage: false, offset, totalCount: 0, facets };
}

/** Search-as-you-type reads this much of what has been typed. */
const MAX_SUGGEST = 200;

interface PageProps {
  viewer: Viewer;
  filter?: SearchFilterValues | null;
  offset: number;
  limit: number;
}

/** Turns Meilisearch failures into the API's SEARCH_UNAVAILABLE; other errors pass through. */
export async function unavailableOnOutage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isMeiliUnreachable(error) || meiliErrorCode(error) === 'index_not_found') {
      throw new SearchUnavailableError(
        'Search is unavailable right now; everything else works. Please try again shortly.',
      );
    }
    throw error;
  }
}

/** Queries the search index: Danish query normalisation, visibility and facet filters, snippets. */
export class SearchService {
  constructor(readonly engine: SearchEngine) {}

  /** The query as Meilisearch gets it before any broadening (the benchmark sends the same string raw). */
  normalise(query: string): string {
    const analysed = analyseQuery(this.engine.lexicon, query);
    return analysed.verbatim ?? queryString(analysed.words.slice(0, MAX_QUERY_WORDS), analysed.excluded);
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
   * selection (so choosing "Case" still shows how many methods there are), computed in the same round trip.
   *
   * The query is read as search/query-analysis.ts says (stop words out, base forms, corrections, compounds),
   * every word but the rarest may drop out (`frequency` matching), a long input is reduced to its most telling
   * words, a thin result goes on with what matches fewer words (search/broaden.ts), and an empty one says which
   * words are near (search/suggestions.ts). The common case is one round trip to Meilisearch.
   */
  async search(props: {
    viewer: Viewer;
    query: string;
    filter?: SearchFilterValues | null;
    offset: number;
    limit: number;
  }): Promise<SearchPage> {
    const { viewer, filter } = props;
    const analysed = analyseQuery(this.engine.lexicon, props.query);
    const interpretation: SearchInterpretation = {
      searchedAs: '',
      reduced: analysed.cut,
      ignoredWords: [],
      broadened: false,
      nearestTerms: [],
      nearestTopics: [],
    };
    if (analysed.hasText && !analysed.verbatim && analysed.words.length === 0) {
      // Only punctuation or symbols: nothing to look for, which is not the same as browsing everything.
      return { ...emptyPage(props.offset), ...interpretation };
    }
    const base = { indexUid: this.engine.live, filter: this.filterParts(viewer, filter) };
    let words = analysed.words;
    let frequencies: Awaited<ReturnType<typeof documentFrequencies>> | null = null;
    const counts = (list: typeof words) =>
      documentFrequencies(
        (q) => this.multi(q),
        base,
        list.map((w) => w.form),
      );
    if (words.length > MAX_QUERY_WORDS) {
      const candidates = tellingCandidates(words);
      frequencies = await counts(candidates);
      const telling = mostTelling(candidates, frequencies);
      words = telling.length > 0 ? telling : candidates.slice(0, MAX_QUERY_WORDS);
      interpretation.reduced = true;
    }
    const q = analysed.verbatim ?? queryString(words, analysed.excluded);
    interpretation.searchedAs = q;
    let page = await this.page(
      props,
      interpretation.reduced && words.length > 1 ? rotations(words, analysed.excluded) : [{ q, weight: 1 }],
    );
    if (!analysed.verbatim && words.length > 0 && page.totalCount < THIN) {
      // With no hits, what is near is asked for at once, beside the counts and the broader search rather than
      // after them, and used only if those find nothing either (its failure matters only then).
      const early = page.totalCount === 0 ? nearest((queries) => this.multi(queries), base, words) : null;
      early?.catch(() => undefined);
      // One word searched as it is: the page's own count is its document frequency (the counts query would repeat
      // this query; `all` and `frequency` matching agree on a single word), so that round trip is saved.
      const df =
        frequencies?.df ??
        (words.length === 1 && q === words[0]!.form ? new Map([[q, page.totalCount]]) : (await counts(words)).df);
      interpretation.ignoredWords = words.filter((w) => (df.get(w.form) ?? 0) === 0).map((w) => w.typed);
      const more = alternatives(words, analysed.excluded, df);
      if (more.length > 0) {
        const broadened = await this.page(props, [{ q, weight: 1 }, ...more]);
        interpretation.broadened = broadened.totalCount > page.totalCount;
        if (interpretation.broadened) page = broadened;
      }
      if (page.totalCount === 0) {
        const near = await (early ?? nearest((queries) => this.multi(queries), base, words));
        interpretation.nearestTerms = near.terms;
        interpretation.nearestTopics = near.topics;
      }
    }
    return { ...page, ...interpretation };
  }

  private async multi(queries: MultiSearchQuery[]): Promise<SearchResponse<SearchDocument>[]> {
    const { results } = await unavailableOnOutage(() => this.engine.client.multiSearch({ queries }));
    return results as unknown as SearchResponse<SearchDocument>[];
  }

  /**
   * The main query of a page for one query string, as Meilisearch gets it: hits with highlights and snippets, the
   * facets nobody selected (a selected facet is counted by a query of its own, see `page`), one hit over the page
   * to tell whether more follow. The benchmark's raw peer sends exactly this.
   */
  mainQuery(props: PageProps, q: string): MultiSearchQuery {
    const { facets } = facetPlan(props.filter);
    return {
      ...this.shape(q),
      filter: this.filterParts(props.viewer, props.filter),
      facets,
      offset: props.offset,
      limit: props.limit + 1,
    };
  }

  private shape(q: string, matchingStrategy: 'last' | 'frequency' = 'frequency', searching = q.length > 0) {
    return {
      indexUid: this.engine.live,
      q,
      matchingStrategy,
      attributesToRetrieve: ['type', 'entityId'],
      attributesToHighlight: q ? Object.values(SNIPPET_SOURCE) : [],
      attributesToCrop: q ? ['summary', 'body', 'transcript'] : [],
      cropLength: SNIPPET_WORDS,
      highlightPreTag: PRE,
      highlightPostTag: POST,
      showMatchesPosition: q.length > 0,
      sort: searching ? undefined : ['date:desc'],
    } satisfies MultiSearchQuery;
  }

  /**
   * One page for one query (a plain multi-search) or several weighted ones (a federated search, whose hits
   * Meilisearch merges by weighted ranking score and whose facets it counts over all of them).
   */
  private async page(
    props: PageProps,
    queries: { q: string; weight: number; matchingStrategy?: 'last' | 'frequency' }[],
  ): Promise<Omit<SearchPage, keyof SearchInterpretation>> {
    const { viewer, filter, offset, limit } = props;
    const uid = this.engine.live;
    const { selected, facets } = facetPlan(filter);
    const searching = queries.some((query) => query.q.length > 0);
    const shape = (q: string, matchingStrategy?: 'last' | 'frequency') => this.shape(q, matchingStrategy, searching);
    let first: SearchResponse<SearchDocument> | undefined;
    const distribution: Record<string, Record<string, number>> = {};
    if (queries.length === 1) {
      const q = queries[0]!.q;
      const main = this.mainQuery(props, q);
      const facetQueries: MultiSearchQuery[] = selected.map((facet) => ({
        indexUid: uid,
        q,
        matchingStrategy: 'frequency',
        filter: this.filterParts(viewer, filter, facet),
        facets: [FACETS[facet]],
        limit: 0,
      }));
      const [head, ...rest] = await this.multi([main, ...facetQueries]);
      first = head;
      for (const result of [head, ...rest]) Object.assign(distribution, result?.facetDistribution ?? {});
    } else {
      const federated = (skip: FacetName | undefined, attributes: string[], pageLimit: number) =>
        unavailableOnOutage(() =>
          this.engine.client.multiSearch({
            federation: { offset, limit: pageLimit, facetsByIndex: { [uid]: attributes }, mergeFacets: {} },
            queries: queries.map(({ q, weight, matchingStrategy }) => ({
              ...shape(q, matchingStrategy),
              filter: this.filterParts(viewer, filter, skip),
              federationOptions: { weight },
            })),
          }),
        ) as unknown as Promise<SearchResponse<SearchDocument>>;
      const [head, ...rest] = await Promise.all([
        federated(undefined, facets, limit + 1),
        ...selected.map((facet) => federated(facet, [FACETS[facet]], 0)),
      ]);
      first = head;
      for (const result of [head, ...rest]) Object.assign(distribution, result?.facetDistribution ?? {});
    }
    const facetCounts = Object.fromEntries(
      (Object.keys(FACETS) as FacetName[]).map((facet) => [
        facet,
        Object.entries(distribution[FACETS[facet]] ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      ]),
    ) as SearchPage['facets'];
    return {
      hits: (first?.hits ?? []).slice(0, limit).map((hit, i) => toHit(hit, offset + i)),
      hasNextPage: (first?.hits.length ?? 0) > limit,
      offset,
      totalCount: first?.estimatedTotalHits ?? first?.totalHits ?? 0,
      facets: facetCounts,
    };
  }

  /** Search-as-you-type: titles only, few fields, small payload. */
  async suggest(props: { viewer: Viewer; prefix: string; limit: number; types?: SearchTypeName[] | null }) {
    const q = this.normalise(props.prefix.slice(0, MAX_SUGGEST));
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

/** Which facets a filter selects (each counted by a query of its own) and the attributes of the others. */
function facetPlan(filter: SearchFilterValues | null | undefined): { selected: FacetName[]; facets: string[] } {
  const all = Object.keys(FACETS) as FacetName[];
  const selected = all.filter((facet) => isSelected(filter, facet));
  return { selected, facets: all.filter((facet) => !selected.includes(facet)).map((facet) => FACETS[facet]) };
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
