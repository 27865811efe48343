import { Field, Int, ObjectType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageInfo } from '../../graphql/connection.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { danishLexicon } from '../../search/lexicon.js';
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from '../../search/query-analysis.js';
import { SNIPPET_WORDS } from '../../search/service.js';
import { searchTranscript } from '../../search/transcript.js';
import type { Talk } from './talk.entity.js';

@ObjectType({ description: 'A segment of a talk’s transcript that matches a search, with when it is spoken.' })
export class TranscriptMatch {
  @Field(() => Int, { description: 'The segment’s position in `Talk.transcript`, from 0.' })
  index!: number;

  @Field(() => Int, { description: 'When the segment is spoken, in seconds from the start of the video.' })
  startSeconds!: number;

  @Field(() => String, { description: 'What is said in the segment, as plain text.' })
  text!: string;

  @Field(() => String, {
    description: `The segment as HTML-escaped text with each matching word in <mark>…</mark>, cut to about ${SNIPPET_WORDS} words around the first match (… marks a cut).`,
  })
  snippet!: string;

  @Field(() => Int, {
    description: 'How many of the query’s words the segment holds; segments holding more come first.',
  })
  matchedWords!: number;
}

@ObjectType({ description: 'One transcript match in a list, with its cursor.' })
export class TranscriptMatchEdge {
  @Field(() => String, { description: 'Opaque position of this match; pass it as `after` for the next page.' })
  cursor!: string;

  @Field(() => TranscriptMatch, { description: 'The match.' })
  node!: TranscriptMatch;
}

@ObjectType({ description: 'A page of transcript matches: most query words first, then in the order they are spoken.' })
export class TranscriptMatchConnection {
  @Field(() => [TranscriptMatchEdge], { description: 'The matches on this page, with cursors.' })
  edges!: TranscriptMatchEdge[];

  @Field(() => [TranscriptMatch], { description: 'The matches on this page, without cursors.' })
  nodes!: TranscriptMatch[];

  @Field(() => PageInfo, { description: 'Where this page sits in the matches.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many segments match, across all pages.' })
  totalCount!: number;

  @Field(() => String, {
    description: 'The query as searched, read as `Query.search` reads it (see its `searchedAs`).',
  })
  searchedAs!: string;

  @Field(() => Boolean, {
    description: `True when the query had more than ${MAX_QUERY_WORDS} words and only its most telling words were searched (those frequent in the query and said in few segments), or was longer than ${MAX_QUERY_CHARS} characters and only its beginning was read.`,
  })
  reduced!: boolean;
}

const cursorOf = (offset: number) => Buffer.from(`transcript:${offset}`).toString('base64url');

function offsetAfter(after: string | null | undefined): number {
  if (!after) return 0;
  const match = /^transcript:(\d{1,6})$/.exec(Buffer.from(after, 'base64url').toString());
  if (!match) throw new BadUserInputError('`after` is not a cursor from a transcript search.', 'after');
  return Number(match[1]) + 1;
}

/**
 * The segments of a talk's transcript that match a query (search/transcript.ts). The caller has the Talk through a
 * path that applied the read rule (talk, node, lists, search hits, an open share link), and only that Talk's
 * transcript is read: the answer can never hold more than the viewer could read as `Talk.transcript`.
 */
export async function searchTalkTranscript(props: {
  talk: Talk;
  query: string;
  first?: number | null;
  after?: string | null;
}): Promise<TranscriptMatchConnection> {
  const limit = props.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE)
    throw new BadUserInputError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  const offset = offsetAfter(props.after);
  const page = searchTranscript({
    lexicon: await danishLexicon(),
    cues: props.talk.transcript,
    query: props.query,
    offset,
    limit,
  });
  const edges = page.hits.map((hit, i) => ({ cursor: cursorOf(offset + i), node: hit }));
  return {
    edges,
    nodes: page.hits,
    pageInfo: {
      hasNextPage: offset + page.hits.length < page.totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
    searchedAs: page.searchedAs,
    reduced: page.reduced,
  };
}
