import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import { createContext, type Context } from '../graphql/context.js';
import { costLimitPlugin } from '../graphql/cost.js';
import { createFormatError } from '../graphql/errors.js';
import { inputLimitPlugin } from '../graphql/input-limits.js';
import { authenticate, SESSION_COOKIE, SESSION_DAYS } from '../modules/auth/authenticate.js';
import { createRateLimits } from '../modules/auth/rate-limits.js';
import type { Orm } from './database.js';
import { registerClient } from './client-static.js';
import { registerSubscriptions } from '../live/websocket.js';
import { registerExplorer } from './explorer.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerMeetingRoutes } from '../modules/registration/registration.http.js';
import type { Logger } from './logger.js';
import { DatabaseUnavailableError } from '../graphql/errors.js';
import { databaseOutagePlugin } from '../graphql/outage.js';
import { searchOf } from '../search/runtime.js';
import { Health, registerHealthRoutes } from './health.js';
import { observabilityPlugin } from '../graphql/observability.js';
import { registerMetricsRoute } from './metrics-route.js';
import { requestIdFrom, runInRequest } from './request-context.js';
import { isDatabaseUnreachable, Outages } from './outage.js';
import type { ServiceState } from './supervisor.js';

export interface HttpDeps {
  config: Pick<
    Config,
    | 'MAX_QUERY_DEPTH'
    | 'MAX_QUERY_COMPLEXITY'
    | 'DRAFT_RETENTION_MONTHS'
    | 'OUTBOX_LAG_READY_SECONDS'
    | 'SLOW_OPERATION_MS'
    | 'METRICS_TOKEN'
    | 'TRUST_PROXY'
  >;
  orm: Orm;
  schema: GraphQLSchema;
  logger: Logger;
  /** The embedded PostgreSQL's supervisor, for the health answer. */
  postgres?: { state(): ServiceState };
}

/** Fastify with the GraphQL endpoint at /graphql, the explorer at /explorer, and a health check. */
export async function createHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const { orm, schema, logger, config } = deps;
  const outages = new Outages(logger);
  const health = new Health({
    orm,
    outages,
    postgres: deps.postgres,
    search: () => {
      const engine = searchOf(orm.em)?.engine;
      const embedded = searchOf(orm.em)?.embedded;
      return engine
        ? { healthy: () => engine.healthy(), embeddedState: embedded ? () => embedded.state() : undefined }
        : null;
    },
    outboxLagLimitSeconds: config.OUTBOX_LAG_READY_SECONDS,
  });
  // TRUST_PROXY decides whether request.ip and request.protocol come from X-Forwarded-For/-Proto: the session
  // cookie's Secure flag, HSTS and the sign-in rate limits by address depend on them.
  const proxies = config.TRUST_PROXY;
  const trustProxy = typeof proxies === 'number' ? (_address: string, hop: number) => hop < proxies : proxies;
  const app = Fastify({
    logger: false,
    bodyLimit: 1_000_000,
    trustProxy,
    // A request id follows the request through logs, SQL spans and the outbox rows it writes; a caller's own
    // X-Request-Id is kept when it is a plain token.
    genReqId: (request) => requestIdFrom(request.headers['x-request-id']),
  });
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    runInRequest(request.id, done);
  });
  await registerSecurityHeaders(app);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals and stops everything in order; Apollo's own handlers would race it and hang close.
    stopOnTerminationSignals: false,
    formatError: createFormatError(logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      inputLimitPlugin(),
      databaseOutagePlugin(outages),
      observabilityPlugin(logger, { slowMs: config.SLOW_OPERATION_MS }),
      costLimitPlugin(schema, { maxDepth: config.MAX_QUERY_DEPTH, maxComplexity: config.MAX_QUERY_COMPLEXITY }),
    ],
  });
  await apollo.start();
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
      }).catch((error: unknown) => {
        if (!isDatabaseUnreachable(error)) throw error;
        outages.down('PostgreSQL', error);
        throw new DatabaseUnavailableError();
      });
      const requestLogger = logger.child({ reqId: request.id });
      return createContext({
        em,
        viewer,
        logger: requestLogger,
        limits,
        http: sessionCookies(request, reply),
        settings,
      });
    },
  });
  registerSubscriptions(app, { schema, em: orm.em, limits, logger, settings });
  registerMeetingRoutes(app, { orm });
  await registerExplorer(app);
  await registerClient(app, logger);

  registerHealthRoutes(app, health);
  registerMetricsRoute(app, { orm, token: config.METRICS_TOKEN });
  health.start();
  app.get('/', (_request, reply) => reply.redirect('/explorer'));

  // Fastify's close() lets in-flight requests finish; then Apollo stops.
  app.addHook('onClose', async () => {
    health.stop();
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
