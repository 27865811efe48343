import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/connection.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { danishLexicon } from '../../search/lexicon.js';
import { searchTranscript } from '../../search/transcript.js';
import type { Talk } from './talk.entity.js';
import { TranscriptMatchConnection } from './talk.types.js';

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
