import { fastifyCookie } from '@fastify/cookie';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import {
  GraphQLError,
  OperationTypeNode,
  subscribe,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Config } from '../config.js';
import { type Settings } from '../graphql/context.js';
import { createContext } from '../graphql/create-context.js';
import { AppError } from '../graphql/errors.js';
import type { OperationGuard } from '../graphql/operation-guard.js';
import { authenticate, SESSION_COOKIE } from '../modules/auth/authenticate.js';
import type { RateLimits } from '../modules/auth/rate-limits.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { Logger } from '../platform/logger.js';
import { configureLiveFeeds } from './feed.js';

export type LiveConfig = Pick<
  Config,
  | 'ALLOWED_ORIGINS'
  | 'MAX_REQUEST_BYTES'
  | 'LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET'
  | 'LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER'
  | 'LIVE_RECHECK_SECONDS'
>;

/**
 * Whether a page from `origin` may open the socket. Browsers always send Origin with a WebSocket upgrade, and the
 * upgrade carries the session cookie, so a page elsewhere must not ride on it (cross-site WebSocket hijacking).
 * Programs send no Origin and cannot carry a browser's cookie; they are let through.
 */
export function originAllowed(request: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.host === request.headers.host || allowed.includes(url.origin);
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Who holds subscriptions, for the per-viewer cap: a member, or for anonymous viewers their address. */
function holderOf(viewer: Viewer, address: string): string {
  return viewer.kind === 'member' ? `member:${viewer.memberId}` : `address:${address}`;
}

/** Wraps a subscription so `release` runs exactly once when it ends, however it ends. */
function releasing<T>(source: AsyncGenerator<T>, release: () => void): AsyncGenerator<T> {
  let released = false;
  const once = () => {
    if (released) return;
    released = true;
    release();
  };
  const wrapped: AsyncGenerator<T> = {
    next: async () => {
      try {
        const result = await source.next();
        if (result.done) once();
        return result;
      } catch (error) {
        once();
        throw error;
      }
    },
    return: (value) => {
      once();
      return source.return(value);
    },
    throw: (error) => {
      once();
      return source.throw(error);
    },
    [Symbol.asyncIterator]: () => wrapped,
  };
  return wrapped;
}

/**
 * GraphQL subscriptions over graphql-ws on the same /graphql path, behind the same guard as HTTP (one parse →
 * validate → limits pipeline, one error formatting), an Origin check, a message size cap and subscription caps.
 * Only subscriptions run here: queries and mutations go over HTTP, where CSRF prevention and token scopes apply.
 * Browsers authenticate with their session cookie (sent with the upgrade request); integrators pass
 * `{ authorization: "Bearer vbt_…" }` as connection params.
 */
export function registerSubscriptions(
  app: FastifyInstance,
  deps: {
    schema: GraphQLSchema;
    em: EntityManager;
    limits: RateLimits;
    logger: Logger;
    settings: Settings;
    guard: OperationGuard;
    formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
    config: LiveConfig;
  },
): void {
  const { config, guard, formatError } = deps;
  configureLiveFeeds({ recheckMs: config.LIVE_RECHECK_SECONDS * 1000 });
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.MAX_REQUEST_BYTES });
  /** Open subscriptions per holder in this process. */
  const held = new Map<string, number>();
  const holders = new WeakMap<object, string>();
  const queues = new WeakMap<object, Promise<unknown>>();
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));

  const admit = async (
    ctx: { extra: Extra; connectionParams?: Readonly<Record<string, unknown>> },
    payload: SubscribePayload,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> => {
    const prepared = guard.prepare({
      query: payload.query,
      operationName: payload.operationName,
      variables: payload.variables,
      allow: [OperationTypeNode.SUBSCRIPTION],
    });
    if ('errors' in prepared) return prepared.errors;
    const request = ctx.extra.request;
    const address = request.socket.remoteAddress ?? '';
    const em = deps.em.fork();
    const cookies = fastifyCookie.parse(request.headers.cookie ?? '');
    const authorization =
      typeof ctx.connectionParams?.authorization === 'string' ? ctx.connectionParams.authorization : undefined;
    let viewer: Viewer;
    try {
      viewer = await authenticate(em, { authorization, sessionSecret: cookies[SESSION_COOKIE] });
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    const holder = holderOf(viewer, address);
    const holding = held.get(holder) ?? 0;
    if (holding >= config.LIVE_MAX_SUBSCRIPTIONS_PER_VIEWER) {
      return [
        new AppError(
          `You already have ${holding} live subscriptions open, the most one ${viewer.kind === 'member' ? 'member' : 'address'} may hold. Close some first.`,
          'TOO_MANY_SUBSCRIPTIONS',
        ),
      ];
    }
    held.set(holder, holding + 1);
    const contextValue = createContext({
      em,
      viewer,
      logger: deps.logger,
      limits: deps.limits,
      settings: deps.settings,
      http: { address, setSessionCookie: () => {}, clearSessionCookie: () => {} },
    });
    holders.set(contextValue, holder);
    return {
      schema: deps.schema,
      document: prepared.document,
      operationName: payload.operationName,
      variableValues: payload.variables,
      contextValue,
    };
  };

  const server = useServer(
    {
      schema: deps.schema,
      onSubscribe: (ctx, _id, payload) => {
        // Counted as the message arrives (graphql-ws handles messages concurrently); the pending one is included.
        const open = Object.keys(ctx.subscriptions).length;
        if (open > config.LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new AppError(
              `This connection already has ${config.LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions, the most one connection may hold.`,
              'TOO_MANY_SUBSCRIPTIONS',
            ),
          ];
        }
        // One subscribe at a time per socket, in the order sent: caps refuse the last ones asked for, and a socket
        // cannot start more than one authentication at once.
        const admitted = (queues.get(ctx) ?? Promise.resolve()).then(() => admit(ctx, payload));
        queues.set(
          ctx,
          admitted.catch(() => {}),
        );
        return admitted;
      },
      subscribe: async (args: ExecutionArgs) => {
        const holder = holders.get(args.contextValue as object) ?? '';
        const release = () => {
          const left = (held.get(holder) ?? 1) - 1;
          if (left > 0) held.set(holder, left);
          else held.delete(holder);
        };
        let result: Awaited<ReturnType<typeof subscribe>>;
        try {
          result = await subscribe(args);
        } catch (error) {
          release();
          throw error;
        }
        if (!(Symbol.asyncIterator in result)) {
          release();
          return result;
        }
        return releasing(result, release);
      },
      onNext: (_ctx, _id, _payload, _args, result: ExecutionResult) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
  );
  app.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') return socket.destroy();
    if (!originAllowed(request, config.ALLOWED_ORIGINS)) return refuseUpgrade(socket, '403 Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  app.addHook('onClose', async () => {
    await server.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
}
