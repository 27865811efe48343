import { Client, cacheExchange, fetchExchange } from '@urql/core';

/**
 * One urql client for the app. Queries go as POST: Apollo's CSRF prevention refuses a plain GET without a
 * preflight header, and POST keeps long documents out of URLs and logs.
 */
export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-first',
  });
}
