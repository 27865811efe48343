import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

/** How long a shared cache may keep a public answer: a change reaches every reader within a minute. */
export const PUBLIC_MAX_AGE = 60;

/**
 * Cache-Control for GraphQL answers. A query answered without errors for an anonymous reader shows only
 * published PUBLIC content, the same for everyone, so browsers and shared caches may keep it briefly (GET and
 * persisted-query requests can be cached; POST answers are not reused by HTTP caches anyway). Everything else —
 * a signed-in reader's view, mutations, errors — is private and never stored. `Vary` keeps a cache from handing
 * a public answer to a request that carries credentials.
 */
export function cacheControlPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const body = response.body;
          const clean = body.kind === 'single' && !body.singleResult.errors?.length;
          const isPublic =
            clean &&
            operation?.operation === 'query' &&
            (contextValue as Context | undefined)?.viewer.kind === 'anonymous';
          response.http.headers.set(
            'cache-control',
            isPublic ? `public, max-age=${PUBLIC_MAX_AGE}` : 'private, no-store',
          );
          response.http.headers.set('vary', 'Authorization, Cookie');
        },
      };
    },
  };
}
