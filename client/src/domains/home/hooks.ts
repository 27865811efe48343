import { createQuery } from '@urql/solid';
import { HomeDoc } from './graphql';

/** `now` is fixed when the page opens, so the query's variables (and its cache key) stay stable. */
export function createHome(now = new Date().toISOString()) {
  return createQuery({ query: HomeDoc, variables: { now } });
}
