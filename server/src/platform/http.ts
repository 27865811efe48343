import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { createContext, type Context } from '../graphql/context.js';
import { cacheControlPlugin } from '../graphql/cache-control.js';
import { costLimitPlugin } from '../graphql/cost.js';
import { createFormatError } from '../graphql/errors.js';
import { inputLimitPlugin } from '../graphql/input-limits.js';
import { authenticate, SESSION_COOKIE, SESSION_DAYS } from '../modules/auth/authenticate.js';
import { createRateLimits } from '../modules/auth/rate-limits.js';
import type { Orm } from './database.js';
import { registerClient } from './client-static.js';
import { registerCompression } from './compression.js';
import { registerSubscriptions } from '../live/websocket.js';
import { registerExplorer } from './explorer.js';
import { registerMeetingRoutes } from '../modules/registration/registration.http.js';
import type { Logger } from './logger.js';

export interface HttpDeps {
  config: Pick<Config, 'MAX_QUERY_DEPTH' | 'MAX_QUERY_COMPLEXITY' | 'DRAFT_RETENTION_MONTHS'>;
  orm: Orm;
  schema: GraphQLSchema;
  logger: Logger;
}

/** Fastify with the GraphQL endpoint at /graphql, the explorer at /explorer, and a health check. */
export async function createHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const { orm, schema, logger, config } = deps;
  const app = Fastify({ logger: false, bodyLimit: 1_000_000 });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      inputLimitPlugin(),
      costLimitPlugin(schema, { maxDepth: config.MAX_QUERY_DEPTH, maxComplexity: config.MAX_QUERY_COMPLEXITY }),
      // Ours sets Cache-Control; Apollo's would wrap every field resolver to collect hints we do not use.
      ApolloServerPluginCacheControlDisabled(),
      cacheControlPlugin(),
    ],
  });
  await apollo.start();
  await registerCompression(app);
  await app.register(fastifyCookie);
  const limits = createRateLimits(orm.em);
  const settings = { draftRetentionMonths: config.DRAFT_RETENTION_MONTHS };

  // Errors outside GraphQL execution (e.g. a body over the limit) still answer in GraphQL's error shape.
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) logger.error({ err: error }, 'HTTP request failed');
    const message =
      status === 413
        ? 'The request is larger than the 1 MB the API accepts.'
        : status === 500
          ? 'Something went wrong on our side.'
          : error.message;
    void reply
      .status(status)
      .send({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  // A browser opening /graphql gets the explorer instead of a bare error.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && request.url === '/graphql' && request.headers.accept?.includes('text/html')) {
      await reply.redirect('/explorer');
    }
  });

  await app.register(fastifyApollo(apollo), {
    context: async (request, reply) => {
      const em = orm.em.fork();
      const viewer = await authenticate(em, {
        authorization: request.headers.authorization,
        sessionSecret: request.cookies[SESSION_COOKIE],
      });
      return createContext({ em, viewer, logger, limits, http: sessionCookies(request, reply), settings });
    },
  });
  registerSubscriptions(app, { schema, em: orm.em, limits, logger, settings });
  registerMeetingRoutes(app, { orm });
  await registerExplorer(app);
  await registerClient(app, logger);

  app.get('/healthz', async (_request, reply) => {
    const database = await orm.isConnected();
    return reply.status(database ? 200 : 503).send({ status: database ? 'ok' : 'degraded', database });
  });
  app.get('/', (_request, reply) => reply.redirect('/explorer'));

  // Fastify's close() lets in-flight requests finish; then Apollo stops.
  app.addHook('onClose', async () => {
    await apollo.stop();
  });
  return app;
}

/** The session cookie: httpOnly (no script can read it), SameSite=Lax, Secure whenever the request came over HTTPS. */
function sessionCookies(request: FastifyRequest, reply: FastifyReply) {
  const secure = request.protocol === 'https';
  return {
    address: request.ip,
    setSessionCookie: (secret: string) => {
      void reply.setCookie(SESSION_COOKIE, secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        maxAge: SESSION_DAYS * 86_400,
      });
    },
    clearSessionCookie: () => {
      void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    },
  };
}
