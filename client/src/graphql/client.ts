import { Client, cacheExchange, fetchExchange, subscriptionExchange, type SubscriptionForwarder } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import type { Client as WsClient } from 'graphql-ws';

/** The graphql-ws address on the same host as the page: the session cookie goes with it. */
export function socketUrl(url: string, location: Pick<Location, 'protocol' | 'host'>): string {
  if (/^wss?:\/\//.test(url)) return url;
  if (/^https?:\/\//.test(url)) return url.replace(/^http/, 'ws');
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${url}`;
}

let socket: Promise<WsClient> | undefined;

/**
 * graphql-ws is loaded on the first live subscription (a member on a thread, or the notification badge), so
 * readers who never subscribe do not download it.
 */
function connect(url: string): Promise<WsClient> {
  socket ??= import('graphql-ws').then(({ createClient }) =>
    createClient({ url: socketUrl(url, window.location), lazy: true, retryAttempts: 20 }),
  );
  return socket;
}

function forward(url: string, request: Parameters<SubscriptionForwarder>[0]) {
  return {
    subscribe(sink: { next(value: unknown): void; error(error: unknown): void; complete(): void }) {
      let dispose: (() => void) | undefined;
      let closed = false;
      void connect(url).then(
        (ws) => {
          if (closed) return;
          dispose = ws.subscribe(
            { query: request.query ?? '', variables: request.variables, operationName: request.operationName },
            sink,
          );
        },
        (error: unknown) => sink.error(error),
      );
      return {
        unsubscribe() {
          closed = true;
          dispose?.();
        },
      };
    },
  };
}

/**
 * SHA-256 of a query for automatic persisted queries, where the browser offers WebCrypto (HTTPS or localhost);
 * elsewhere no hash, and the query is simply sent in full.
 */
async function queryHash(query: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(query));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * One urql client for the app. Queries go as POST: Apollo's CSRF prevention refuses a plain GET without a
 * preflight header, and POST keeps long documents out of URLs and logs. Subscriptions go over graphql-ws.
 */
export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      // Queries go as a hash once the server knows them (Apollo's APQ), not as the full document every time.
      persistedExchange({ preferGetForPersistedQueries: false, generateHash: queryHash }),
      fetchExchange,
      subscriptionExchange({ forwardSubscription: (request) => forward(url, request) }),
    ],
    requestPolicy: 'cache-first',
  });
}
