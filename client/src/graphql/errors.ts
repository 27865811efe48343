import type { CombinedError } from '@urql/core';

/** The kinds of failure a page tells the reader about; each has its own message in the dictionaries. */
export type ProblemKind =
  'searchUnavailable' | 'network' | 'notFound' | 'forbidden' | 'unauthenticated' | 'rateLimited' | 'unknown';

/** Maps a urql error to what the reader needs to know, using the server's stable error codes. */
export function problemOf(error: CombinedError | undefined): ProblemKind | undefined {
  if (!error) return undefined;
  if (error.networkError) return 'network';
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  if (codes.includes('SEARCH_UNAVAILABLE')) return 'searchUnavailable';
  if (codes.includes('NOT_FOUND')) return 'notFound';
  if (codes.includes('FORBIDDEN')) return 'forbidden';
  if (codes.includes('UNAUTHENTICATED')) return 'unauthenticated';
  if (codes.includes('RATE_LIMITED')) return 'rateLimited';
  return 'unknown';
}
