import { createQuery } from '@urql/solid';
import { DigestDoc } from './graphql';

export function createDigest(since: () => string) {
  return createQuery({ query: DigestDoc, variables: () => ({ since: since() }), requestPolicy: 'cache-and-network' });
}

/** The start of a period of whole days back from now, at midnight so the query stays the same all day. */
export function daysAgo(days: number, now: Date = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - days).toISOString();
}
