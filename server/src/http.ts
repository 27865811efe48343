import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { OperationTypeNode, type GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import { cacheControlPlugin } from './graphql/cache-control.js';
import { type Context } from './graphql/context.js';
import { createContext } from './graphql/create-context.js';
import { createFormatError, DatabaseUnavailableError } from './graphql/errors.js';
import { observabilityPlugin } from './graphql/observability.js';
import { OperationGuard, operationLimits, type LimitConfig } from './graphql/operation-guard.js';
import { databaseOutagePlugin } from './graphql/outage.js';
import { readRoutingPlugin } from './graphql/read-routing.js';
import { liveSubscriptionCount } from './live/feed.js';
import { registerSubscriptions, type LiveConfig } from './live/websocket.js';
import { authenticate, SESSION_COOKIE, SESSION_DAYS } from './modules/auth/authenticate.js';
import { createRateLimits } from './modules/auth/rate-limits.js';
import type { MediaConfig } from './modules/media/config.js';
import { membershipSettings, type MembershipConfig } from './modules/membership/settings.js';
import { pageWriter } from './modules/publishing/pages.js';
import { domainModules } from './modules/registry.js';
import { FRAME_HOSTS } from './modules/talk/video-links.js';
import { configureWebhooks, webhookSettings, type WebhookConfigKey } from './modules/webhooks/config.js';
import { registerClient } from './platform/client-static.js';
import { registerCompression } from './platform/compression.js';
import type { Orm } from './platform/database.js';
import { registerExplorer } from './platform/explorer.js';
import { Health, registerHealthRoutes } from './platform/health.js';
import type { Logger } from './platform/logger.js';
import { registerMetricsRoute } from './platform/metrics-route.js';
import { isDatabaseUnreachable, Outages } from './platform/outage.js';
import { hasReplicas } from './platform/read-replicas.js';
import { requestIdFrom, runInRequest } from './platform/request-context.js';
import { registerSecurityHeaders } from './platform/security-headers.js';
import type { ServiceState } from './platform/supervisor.js';
import { searchOf } from './search/runtime.js';

export interface HttpDeps {
  config: LimitConfig &
    LiveConfig &
    MediaConfig &
    Pick<
      Config,
      | 'DRAFT_RETENTION_MONTHS'
      | 'OUTBOX_LAG_READY_SECONDS'
      | 'SLOW_OPERATION_MS'
      | 'METRICS_TOKEN'
      | WebhookConfigKey
      | 'TRUST_PROXY'
      | 'DATABASE_REPLICA_STICKY_SECONDS'
      | 'PUBLIC_URL'
      | 'SMTP_URL'
      | 'NODE_ENV'
      | 'dataDir'
    > &
    MembershipConfig;
  orm: Orm;
  schema: GraphQLSchema;
  logger: Logger;
  /** The embedded PostgreSQL's supervisor, for the health answer. */
  postgres?: { state(): ServiceState };
  /** Set while shutting down: health checks fail so load balancers stop sending requests. */
  drain?: { active: boolean };
}

/** Fastify with the GraphQL endpoint at /graphql, the explorer at /explorer, and a health check. */
export async function createHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const { orm, schema, logger, config } = deps;
  configureWebhooks(webhookSettings(config));
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
    bodyLimit: config.MAX_REQUEST_BYTES,
    trustProxy,
    // A request id follows the request through logs, SQL spans and the outbox rows it writes; a caller's own
    // X-Request-Id is kept when it is a plain token.
    genReqId: (request) => requestIdFrom(request.headers['x-request-id']),
  });
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    runInRequest(request.id, done);
  });
  registerSecurityHeaders(app, { frameHosts: FRAME_HOSTS });
  // HTTP and the WebSocket share one guard: the same parse options, limits and error formatting.
  const guard = new OperationGuard(schema, operationLimits(config));
  const formatError = createFormatError(logger);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals and stops everything in order; Apollo's own handlers would race it and hang close.
    stopOnTerminationSignals: false,
    formatError,
    parseOptions: guard.parseOptions,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      guard.apolloPlugin([OperationTypeNode.QUERY, OperationTypeNode.MUTATION]),
      databaseOutagePlugin(outages),
      observabilityPlugin(logger, { slowMs: config.SLOW_OPERATION_MS }),
      // Only with read replicas: without them every read is on the one database anyway.
      ...(hasReplicas(orm) ? [readRoutingPlugin({ stickySeconds: config.DATABASE_REPLICA_STICKY_SECONDS })] : []),
      // Ours sets Cache-Control; Apollo's would wrap every field resolver to collect hints we do not use.
      ApolloServerPluginCacheControlDisabled(),
      cacheControlPlugin(),
    ],
  });
  await apollo.start();
  await registerCompression(app);
  await app.register(fastifyCookie);
  const limits = createRateLimits(orm.em);
  const settings = { draftRetentionMonths: config.DRAFT_RETENTION_MONTHS, membership: membershipSettings(config) };

  // Errors outside GraphQL execution (e.g. a body over the limit) still answer in GraphQL's error shape.
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) logger.error({ err: error }, 'HTTP request failed');
    if (status === 413) keepAliveAfterOversizeBody(request, reply, config.MAX_REQUEST_BYTES);
    const message =
      status === 413
        ? `The request is larger than the ${megabytes(config.MAX_REQUEST_BYTES)} the API accepts (MAX_REQUEST_BYTES).`
        : status === 500
          ? 'Something went wrong on our side.'
          : error.message;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    void reply.status(status).send({ errors: [{ message, extensions: { code } }] });
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
  registerSubscriptions(app, { schema, em: orm.em, limits, logger, settings, guard, formatError, config });
  for (const module of domainModules) await module.routes?.(app, { orm, config, logger, settings });
  await registerExplorer(app);
  await registerClient(app, logger, { pages: pageWriter({ orm, logger, publicUrl: config.PUBLIC_URL }) });

  app.addHook('onRequest', async (request, reply) => {
    if (!deps.drain?.active || (request.url !== '/healthz' && request.url !== '/readyz')) return;
    return reply
      .status(503)
      .header('cache-control', 'no-store')
      .send({ status: 'draining', ready: false, reasons: ['this process is shutting down'] });
  });
  registerHealthRoutes(app, health);
  registerMetricsRoute(app, { orm, token: config.METRICS_TOKEN, liveSubscriptions: liveSubscriptionCount });
  health.start();
  app.get('/', (_request, reply) => reply.redirect('/explorer'));

  // Fastify's close() lets in-flight requests finish; then Apollo stops.
  app.addHook('onClose', async () => {
    health.stop();
    await apollo.stop();
  });
  return app;
}

/** Oversize bodies are read and thrown away up to this many times the limit, so the client can read the 413. */
const DRAIN_FACTOR = 64;

/**
 * Fastify answers an oversize body at once and closes the connection. A client that sends its whole body before
 * reading (most do) then writes into a closed socket and sees a reset instead of the answer. Instead we read and
 * discard the rest of the body, up to DRAIN_FACTOR times the limit (declared or, for chunked bodies, counted), and
 * the connection stays open for the next request.
 */
function keepAliveAfterOversizeBody(request: FastifyRequest, reply: FastifyReply, limit: number): void {
  const cap = limit * DRAIN_FACTOR;
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > cap) return;
  reply.removeHeader('connection');
  let drained = 0;
  request.raw.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > cap) request.raw.socket.destroy();
  });
  request.raw.resume();
}

function megabytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 100_000) / 10} MB` : `${Math.round(bytes / 1000)} kB`;
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
