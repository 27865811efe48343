import { createQuery } from '@urql/solid';
import type { SearchQueryVariables } from '../../graphql/generated/graphql';
import { SearchDoc, SuggestDoc } from './graphql';

/** Search results for the state in the address; paused while a filter still waits for what it refers to. */
export function createSearch(variables: () => SearchQueryVariables, pause: () => boolean) {
  return createQuery({ query: SearchDoc, variables, pause });
}

/** Suggestions as the reader types, from the second character on. */
export function createSuggest(prefix: () => string) {
  return createQuery({ query: SuggestDoc, variables: () => ({ prefix: prefix() }), pause: () => prefix().length < 2 });
}
