import { Client, cacheExchange, fetchExchange, subscriptionExchange, type SubscriptionForwarder } from '@urql/core';
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
 * One urql client for the app. Queries go as POST: Apollo's CSRF prevention refuses a plain GET without a
 * preflight header, and POST keeps long documents out of URLs and logs. Subscriptions go over graphql-ws.
 */
export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({ forwardSubscription: (request) => forward(url, request) }),
    ],
    requestPolicy: 'cache-first',
  });
}
