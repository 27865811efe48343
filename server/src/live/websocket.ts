import { fastifyCookie } from '@fastify/cookie';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createContext, type Settings } from '../graphql/context.js';
import { authenticate, SESSION_COOKIE } from '../modules/auth/authenticate.js';
import type { RateLimits } from '../modules/auth/rate-limits.js';
import type { Logger } from '../platform/logger.js';

/**
 * GraphQL subscriptions over graphql-ws on the same /graphql path. Browsers authenticate with their session
 * cookie (sent with the upgrade request); integrators pass `{ authorization: "Bearer vbt_…" }` as connection params.
 */
export function registerSubscriptions(
  app: FastifyInstance,
  deps: { schema: GraphQLSchema; em: EntityManager; limits: RateLimits; logger: Logger; settings: Settings },
): void {
  const wss = new WebSocketServer({ noServer: true });
  const server = useServer(
    {
      schema: deps.schema,
      context: async ({ connectionParams, extra }) => {
        const em = deps.em.fork();
        const cookies = fastifyCookie.parse(extra.request.headers.cookie ?? '');
        const authorization =
          typeof connectionParams?.authorization === 'string' ? connectionParams.authorization : undefined;
        const viewer = await authenticate(em, { authorization, sessionSecret: cookies[SESSION_COOKIE] });
        return createContext({
          em,
          viewer,
          logger: deps.logger,
          limits: deps.limits,
          settings: deps.settings,
          http: {
            address: extra.request.socket.remoteAddress ?? '',
            setSessionCookie: () => {},
            clearSessionCookie: () => {},
          },
        });
      },
    },
    wss,
  );
  app.server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') return socket.destroy();
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  app.addHook('onClose', async () => {
    await server.dispose();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
}
