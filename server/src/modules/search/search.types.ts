import { createUnionType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { searchRegistry, searchTypes, type SearchHit, type SearchTypeName } from '../../search/documents.js';
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../search/query-analysis.js';
import { TargetGroup } from '../content/content.enums.js';
import { EvidenceStrength } from '../evidence/evidence.enums.js';
import { OrganisationKind } from '../organisation/organisation.entity.js';
import { Topic } from '../topic/topic.entity.js';

/** `WorkshopOutput` → `WORKSHOP_OUTPUT`: a search type's value in the `SearchType` enum. */
const enumKey = (type: string) => type.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/**
 * The `SearchType` enum: one value per search type the modules declare, described there. Filled once every module
 * is defined (this one loads before some of them); type-graphql reads an enum's values when the schema is built.
 */
export const SearchType: Record<string, SearchTypeName> = {};
export type SearchType = SearchTypeName;
const searchTypeValues: Record<string, { description: string }> = {};
searchRegistry.whenSealed(() => {
  for (const type of searchTypes()) {
    SearchType[enumKey(type)] = type;
    searchTypeValues[enumKey(type)] = { description: searchRegistry.source(type).description };
  }
});
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'The kinds of things search finds.',
  valuesConfig: searchTypeValues,
});

export enum SearchField {
  TITLE = 'TITLE',
  SUMMARY = 'SUMMARY',
  TOPICS = 'TOPICS',
  CHAPTERS = 'CHAPTERS',
  BODY = 'BODY',
  PEOPLE = 'PEOPLE',
  PLACE = 'PLACE',
  TRANSCRIPT = 'TRANSCRIPT',
}
registerEnumType(SearchField, {
  name: 'SearchField',
  description: 'The part of an item a search matched.',
  valuesConfig: {
    TITLE: { description: 'The title or name.' },
    SUMMARY: { description: 'The summary, abstract, theme or description in brief; for a thread, what it is about.' },
    TOPICS: { description: 'The names of the topics it is filed under.' },
    CHAPTERS: { description: 'A talk’s chapter titles.' },
    BODY: {
      description: 'The full text: a case’s story, a method’s description, a report’s body, a thread’s comments.',
    },
    PEOPLE: { description: 'Authors, speakers, facilitators or the organisation behind it.' },
    PLACE: { description: 'Venue, city, publisher or country.' },
    TRANSCRIPT: { description: 'What is said in a talk.' },
  },
});

export enum AgeRange {
  INFANT = 'INFANT',
  PRESCHOOL = 'PRESCHOOL',
  SCHOOL_AGE = 'SCHOOL_AGE',
  TEENAGER = 'TEENAGER',
  YOUNG_ADULT = 'YOUNG_ADULT',
}
registerEnumType(AgeRange, {
  name: 'AgeRange',
  description: 'Age buckets for filtering and facets; an item counts in every bucket its age range touches.',
  valuesConfig: {
    INFANT: { description: '0–2 years.' },
    PRESCHOOL: { description: '3–5 years.' },
    SCHOOL_AGE: { description: '6–12 years.' },
    TEENAGER: { description: '13–17 years.' },
    YOUNG_ADULT: { description: '18 years and older (young people leaving care).' },
  },
});

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything search can find.',
  // The entities of the search types, as their modules declare them.
  types: () => searchTypes().map((type) => searchRegistry.source(type).entity as ClassType<SearchHit>),
  resolveType: (value) => value.constructor.name,
});

@ObjectType({ description: 'A piece of an item’s text around what matched.' })
export class SearchHighlight {
  @Field(() => SearchField, { description: 'Which part of the item this is from.' })
  field!: SearchField;

  @Field(() => String, {
    description:
      'The text, HTML-escaped, with the matched words wrapped in <mark>…</mark>; long texts are cut to the part around the match.',
  })
  snippet!: string;
}

@ObjectType({ description: 'One search hit with its cursor and why it matched.' })
export class SearchEdge {
  @Field(() => String, { description: 'Opaque position of this hit; pass it as `after` for the next page.' })
  cursor!: string;

  @Field(() => SearchResult, { description: 'The item found, loaded from the database.' })
  node!: typeof SearchResult;

  @Field(() => [SearchField], { description: 'The parts of the item the search matched, most important first.' })
  matchedFields!: SearchField[];

  @Field(() => [SearchHighlight], { description: 'Snippets of the matched parts with the matches marked.' })
  highlights!: SearchHighlight[];
}

/**
 * One facet's count type: a value and how many hits have it. Each facet is its own GraphQL type (so its `value`
 * keeps its enum), made by this one factory instead of a near-copy class per facet.
 */
function facetCount<T>(
  name: string,
  value: () => object,
  text: { type: string; value: string; count: string },
): new () => { value: T; count: number } {
  @ObjectType(name, { description: text.type })
  class FacetCount {
    @Field(value, { description: text.value })
    value!: T;
    @Field(() => Int, { description: text.count })
    count!: number;
  }
  return FacetCount;
}

export const SearchTypeCount = facetCount<SearchType>('SearchTypeCount', () => SearchType, {
  type: 'How many hits have one kind.',
  value: 'The kind.',
  count: 'Hits of this kind.',
});
export type SearchTypeCount = InstanceType<typeof SearchTypeCount>;

@ObjectType({ description: 'How many hits are filed under one topic (or a topic below it).' })
export class TopicCount {
  @Field(() => Topic, { description: 'The topic.' })
  topic!: Topic;
  @Field(() => Int, { description: 'Hits on this topic.' })
  count!: number;
}

export const TargetGroupCount = facetCount<TargetGroup>('TargetGroupCount', () => TargetGroup, {
  type: 'How many hits are about one target group.',
  value: 'The target group.',
  count: 'Hits about this target group.',
});
export type TargetGroupCount = InstanceType<typeof TargetGroupCount>;

export const AgeRangeCount = facetCount<AgeRange>('AgeRangeCount', () => AgeRange, {
  type: 'How many hits touch one age range.',
  value: 'The age range.',
  count: 'Hits touching this age range.',
});
export type AgeRangeCount = InstanceType<typeof AgeRangeCount>;

export const EvidenceStrengthCount = facetCount<EvidenceStrength>('EvidenceStrengthCount', () => EvidenceStrength, {
  type: 'How many hits have one evidence strength.',
  value: 'The evidence strength.',
  count: 'Hits with this strength.',
});
export type EvidenceStrengthCount = InstanceType<typeof EvidenceStrengthCount>;

export const OrganisationKindCount = facetCount<OrganisationKind>('OrganisationKindCount', () => OrganisationKind, {
  type: 'How many hits come from one kind of organisation.',
  value: 'The kind of organisation.',
  count: 'Hits from this kind of organisation.',
});
export type OrganisationKindCount = InstanceType<typeof OrganisationKindCount>;

export const YearCount = facetCount<number>('YearCount', () => Int, {
  type: 'How many hits are from one year.',
  value: 'The year.',
  count: 'Hits from this year.',
});
export type YearCount = InstanceType<typeof YearCount>;

@ObjectType({
  description:
    'Counts per value of each facet, for the hits of this search (a facet’s own selection is ignored in its counts, so other choices stay visible).',
})
export class SearchFacets {
  @Field(() => [SearchTypeCount], { description: 'Hits per kind of item.' })
  types!: SearchTypeCount[];
  @Field(() => [TopicCount], { description: 'Hits per topic.' })
  topics!: TopicCount[];
  @Field(() => [TargetGroupCount], { description: 'Hits per target group.' })
  targetGroups!: TargetGroupCount[];
  @Field(() => [AgeRangeCount], { description: 'Hits per age range.' })
  ageRanges!: AgeRangeCount[];
  @Field(() => [EvidenceStrengthCount], {
    description: 'Hits per editorial verdict (see `SearchFilter.evidenceStrengths`), strongest first.',
  })
  evidenceStrengths!: EvidenceStrengthCount[];
  @Field(() => [OrganisationKindCount], { description: 'Hits per kind of organisation.' })
  organisationKinds!: OrganisationKindCount[];
  @Field(() => [OrganisationKindCount], {
    description: 'Threads per kind of organisation that has commented in them (a thread counts for each).',
  })
  participantKinds!: OrganisationKindCount[];
  @Field(() => [YearCount], { description: 'Hits per year, newest first.' })
  years!: YearCount[];
}

@ObjectType({ description: 'A page of search hits, best first (newest first when browsing without a query).' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits on this page, with cursors and highlights.' })
  edges!: SearchEdge[];

  @Field(() => [SearchResult], { description: 'The items on this page, without the hit details.' })
  nodes!: (typeof SearchResult)[];

  @Field(() => PageInfo, { description: 'Where this page sits in the hits.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many hits there are across all pages (estimated for very large results).' })
  totalCount!: number;

  @Field(() => SearchFacets, { description: 'Facet counts for narrowing the search.' })
  facets!: SearchFacets;

  @Field(() => String, {
    description:
      'The query as searched: question and filler words left out, Danish words as base forms, typos corrected, unknown compounds as their parts, words no Danish dictionary knows by their English stem. For a long query, its most telling words.',
  })
  searchedAs!: string;

  @Field(() => Boolean, {
    description: `True when the query was long (more than ${MAX_QUERY_WORDS} words, e.g. a pasted case description) and only its most telling words were searched — those most frequent in the text and rarest in the content; \`searchedAs\` lists them. Also true when the query was longer than ${MAX_QUERY_CHARS} characters and only its beginning was read.`,
  })
  reduced!: boolean;

  @Field(() => [String], {
    description: 'Words of the query that no item you may read contains: they did not decide what was found.',
  })
  ignoredWords!: string[];

  @Field(() => Boolean, {
    description:
      'True when few items held every important word, so the hits go on, ranked below them, with items that match fewer: compound parts instead of whole words, or without the rarest word.',
  })
  broadened!: boolean;

  @Field(() => [String], {
    description:
      'Only when nothing was found: words from items you may read that are spelled like the words searched for, to search for instead.',
  })
  nearestTerms!: string[];

  @Field(() => [TopicCount], {
    description: 'Only when nothing was found: topics of items whose words begin like the words searched for.',
  })
  nearestTopics!: TopicCount[];
}

@ObjectType({ description: 'A suggestion while typing: an item whose title matches what is typed so far.' })
export class SearchSuggestion {
  @Field(() => String, { description: 'The item’s title.' })
  text!: string;

  @Field(() => String, { description: 'The title, HTML-escaped, with the matched part wrapped in <mark>…</mark>.' })
  highlighted!: string;

  @Field(() => SearchResult, { description: 'The item.' })
  node!: typeof SearchResult;
}
