import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { AppError, BadUserInputError } from '../../graphql/errors.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import type { EntityClass } from '../../graphql/read/registry.js';
import { nodeSelections, readByIds } from '../../graphql/read/root.js';
import { collect } from '../../graphql/read/selection.js';
import { searchRegistry, searchTypes, type SearchTypeName } from '../../search/documents.js';
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../search/query-analysis.js';
import { searchOf } from '../../search/runtime.js';
import type { SearchService } from '../../search/service.js';
import { EVIDENCE_STRENGTH_SCORE, type EvidenceStrength } from '../evidence/evidence.enums.js';
import { Topic } from '../topic/topic.entity.js';
import { SearchFilter } from './search.inputs.js';
import {
  SearchConnection,
  SearchSuggestion,
  SearchType,
  type AgeRange,
  type SearchField,
  type SearchResult,
} from './search.types.js';

/** The furthest Meilisearch pages (its `maxTotalHits`); narrow the search to see more. */
const MAX_HITS = 1000;

function service(ctx: Context): SearchService {
  const search = searchOf(ctx.em)?.service;
  if (!search) {
    throw new AppError(
      'Search is not set up on this server (no Meilisearch). Everything else works; see the README on MEILI_URL.',
      'SEARCH_UNAVAILABLE',
    );
  }
  return search;
}

const cursorOf = (offset: number) => Buffer.from(`search:${offset}`).toString('base64url');

function offsetAfter(after: string | null | undefined): number {
  if (!after) return 0;
  const match = /^search:(\d+)$/.exec(Buffer.from(after, 'base64url').toString());
  if (!match) throw new BadUserInputError('`after` is not a cursor from a search.', 'after');
  return Number(match[1]) + 1;
}

/** The selections under the `node` fields of what a search field returns (connection or suggestions). */
function hitSelections(info: GraphQLResolveInfo): (SelectionSetNode | undefined)[] {
  const type = getNamedType(info.returnType) as GraphQLObjectType;
  const selected = collect(
    info,
    type,
    info.fieldNodes.map((n) => n.selectionSet),
  );
  if (type.getFields().edges) return nodeSelections(info, selected);
  return [...selected.values()]
    .filter((s) => s.field.name === 'node')
    .flatMap((s) => s.nodes.map((n) => n.selectionSet));
}

/** The read rule of each searchable type as its module declares it: content's, an output's, none for organisations. */
function readRule(ctx: Context, type: SearchTypeName): FilterQuery<object> {
  return searchRegistry.source(type).readable(ctx.viewer);
}

/** The selection sets at the end of a path of fields below the search field (every alias of each). */
function setsAt(info: GraphQLResolveInfo, path: readonly string[]): (SelectionSetNode | undefined)[] {
  let level = [
    { type: getNamedType(info.returnType) as GraphQLObjectType, sets: info.fieldNodes.map((n) => n.selectionSet) },
  ];
  for (const name of path) {
    const next: typeof level = [];
    for (const { type, sets } of level) {
      for (const selected of collect(info, type, sets).values()) {
        const child = getNamedType(selected.field.type);
        if (selected.field.name === name && isObjectType(child))
          next.push({ type: child, sets: selected.nodes.map((n) => n.selectionSet) });
      }
    }
    level = next;
  }
  return level.flatMap((l) => l.sets);
}

type Loaded = typeof SearchResult | Topic;

/**
 * Loads hits (and the topics of the facets) from Postgres through the same read rule as every list (a thread
 * mirrors its subject's visibility, publication and owner, so the content rule applies to it unchanged): compiled
 * from the query's selection into one statement for all types on the page and the topics, or as entities (one
 * query per type) where a selection needs resolvers. Types go in a fixed order, so the statement's text is the
 * same for every page with the same types and stays one prepared statement.
 */
async function hydrate(
  ctx: Context,
  info: GraphQLResolveInfo,
  sets: readonly (SelectionSetNode | undefined)[],
  hits: { type: SearchTypeName; entityId: string }[],
  topics: { ids: string[]; sets: readonly (SelectionSetNode | undefined)[] } = { ids: [], sets: [] },
): Promise<{ nodes: (typeof SearchResult | null)[]; topic: (id: string) => Promise<Topic | null> }> {
  const byType = new Map<SearchTypeName, string[]>(searchTypes().map((type) => [type, []]));
  for (const hit of hits) byType.get(hit.type)?.push(hit.entityId);
  const compiled = await readByIds(ctx, info, [
    ...[...byType].map(([type, ids]) => ({
      entity: searchRegistry.source(type).entity,
      ids,
      where: readRule(ctx, type),
      sets,
    })),
    { entity: Topic, ids: [...new Set(topics.ids)], where: {}, sets: topics.sets },
  ]);
  const compiledTypes = new Set([...compiled.values()].map((node) => (node as { '@t': string })['@t']));
  const load = async <T extends Loaded>(type: string, entity: EntityClass, where: FilterQuery<object>, id: string) => {
    const found = compiled.get(`${type}:${id}`);
    if (found || compiledTypes.has(type)) return (found as T | undefined) ?? null;
    return ctx.loaders
      .byId(entity as EntityClass<{ id: string }> as never, where as FilterQuery<never>)
      .load(id) as Promise<T | null>;
  };
  return {
    nodes: await Promise.all(
      hits.map(({ type, entityId }) =>
        load<typeof SearchResult>(type, searchRegistry.source(type).entity, readRule(ctx, type), entityId),
      ),
    ),
    topic: (id) => load<Topic>('Topic', Topic, {}, id),
  };
}

@Resolver()
export class SearchResolver {
  // Nullable: when Meilisearch is down this field answers null with SEARCH_UNAVAILABLE, and the rest of the same
  // answer (counts, lists beside it) still arrives.
  @Query(() => SearchConnection, {
    nullable: true,
    description:
      'Searches cases, methods, studies, talks (with chapters and transcripts), events, workshops, reports, organisations and (for members) discussion threads with their comments and workshop outputs at once, in Danish: inflections and compound words are understood ("familie" finds "plejefamilien", "forældresamarbejde" finds "samarbejde med forældre"), typos are forgiven, everyday words find the professional ones ("skolevægring" finds "skolefravær") and English queries reach English studies. Every word but the rarest may drop out; when few items match, the list goes on with what matches fewer words; when nothing matches, `nearestTerms` and `nearestTopics` say what is near. An empty query browses everything, newest first. Hits are only what you may read.',
  })
  async search(
    @Arg('query', () => String, {
      defaultValue: '',
      description: `What to look for, as you would say it: keywords, a question, or a pasted description. Question and filler words do not decide the result, and words nothing contains are ignored. Up to ${MAX_QUERY_CHARS} characters are read (longer input is cut, never refused); more than ${MAX_QUERY_WORDS} words are reduced to the most telling ones (see \`reduced\`). Put a phrase in quotes to search it as typed, and \`-word\` to exclude a word. Empty to browse with facets.`,
    })
    query: string,
    @Arg('filter', () => SearchFilter, { nullable: true, description: 'Facet values to narrow the hits to.' })
    filter: SearchFilter | null,
    @Arg('first', () => Int, { nullable: true, description: `How many hits (at most ${MAX_PAGE_SIZE}).` })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Return hits after this cursor.' })
    after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchConnection | null> {
    const limit = first ?? DEFAULT_PAGE_SIZE;
    if (limit < 0 || limit > MAX_PAGE_SIZE)
      throw new BadUserInputError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
    const offset = offsetAfter(after);
    const topicIds = filter?.topics?.map((id) => decodeGlobalId(id, ['Topic'], 'filter.topics').id);
    if (offset >= MAX_HITS) return emptyPage();
    const page = await service(ctx).search({
      viewer: ctx.viewer,
      query,
      filter: filter ? { ...filter, types: filter.types as SearchTypeName[] | null, topicIds } : null,
      offset,
      limit: Math.min(limit, MAX_HITS - offset),
    });
    // Hits, facet topics and nearest topics load from Postgres in one statement.
    const { nodes, topic } = await hydrate(ctx, info, hitSelections(info), page.hits, {
      ids: [...page.facets.topics, ...page.nearestTopics].map((t) => t.value),
      sets: [...setsAt(info, ['facets', 'topics', 'topic']), ...setsAt(info, ['nearestTopics', 'topic'])],
    });
    const [topics, nearestTopics] = await Promise.all([
      topicCounts(topic, page.facets.topics),
      topicCounts(topic, page.nearestTopics),
    ]);
    const edges = page.hits.flatMap((hit, i) => {
      const node = nodes[i];
      return node
        ? [
            {
              cursor: cursorOf(hit.offset),
              node,
              matchedFields: hit.matchedFields as SearchField[],
              highlights: hit.highlights.map((h) => ({ field: h.field as SearchField, snippet: h.snippet })),
            },
          ]
        : [];
    });
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: {
        hasNextPage: page.hasNextPage && offset + limit < MAX_HITS,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: page.totalCount,
      searchedAs: page.searchedAs,
      reduced: page.reduced,
      ignoredWords: page.ignoredWords,
      broadened: page.broadened,
      nearestTerms: page.nearestTerms,
      nearestTopics,
      facets: {
        types: page.facets.types.map(({ value, count }) => ({ value: value as SearchType, count })),
        topics,
        targetGroups: page.facets.targetGroups.map(({ value, count }) => ({ value: value as never, count })),
        ageRanges: page.facets.ageRanges.map(({ value, count }) => ({ value: value as AgeRange, count })),
        evidenceStrengths: page.facets.evidenceStrengths
          .map(({ value, count }) => ({ value: value as EvidenceStrength, count }))
          .sort((a, b) => EVIDENCE_STRENGTH_SCORE[b.value] - EVIDENCE_STRENGTH_SCORE[a.value]),
        organisationKinds: page.facets.organisationKinds.map(({ value, count }) => ({ value: value as never, count })),
        participantKinds: page.facets.participantKinds.map(({ value, count }) => ({ value: value as never, count })),
        years: page.facets.years
          .map(({ value, count }) => ({ value: Number(value), count }))
          .sort((a, b) => b.value - a.value),
      },
    };
  }

  @Query(() => [SearchSuggestion], {
    nullable: true,
    description: 'Titles matching what has been typed so far, for search-as-you-type; fast and small.',
  })
  async suggest(
    @Arg('prefix', () => String, { description: 'What has been typed so far.' }) prefix: string,
    @Arg('first', () => Int, { defaultValue: 8, description: 'How many suggestions (at most 20).' }) first: number,
    @Arg('types', () => [SearchType], { nullable: true, description: 'Only these kinds of items.' })
    types: SearchType[] | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchSuggestion[] | null> {
    if (first < 1 || first > 20) throw new BadUserInputError('`first` must be between 1 and 20.', 'first');
    const hits = await service(ctx).suggest({
      viewer: ctx.viewer,
      prefix,
      limit: first,
      types,
    });
    const { nodes } = await hydrate(ctx, info, hitSelections(info), hits);
    return hits.flatMap((hit, i) => {
      const node = nodes[i];
      return node ? [{ text: hit.text, highlighted: hit.highlighted, node }] : [];
    });
  }
}

async function topicCounts(topic: (id: string) => Promise<Topic | null>, counts: { value: string; count: number }[]) {
  const topics = await Promise.all(counts.map(async ({ value, count }) => ({ topic: await topic(value), count })));
  return topics.flatMap((t) => (t.topic ? [{ topic: t.topic, count: t.count }] : []));
}

function emptyPage(): SearchConnection {
  return {
    edges: [],
    nodes: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    totalCount: 0,
    searchedAs: '',
    reduced: false,
    ignoredWords: [],
    broadened: false,
    nearestTerms: [],
    nearestTopics: [],
    facets: {
      types: [],
      topics: [],
      targetGroups: [],
      ageRanges: [],
      evidenceStrengths: [],
      organisationKinds: [],
      participantKinds: [],
      years: [],
    },
  };
}
