import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Orm } from './database.js';
import { liveSubscriptions, metrics, registerScrapeGauge } from './metrics.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** With METRICS_TOKEN, a scraper must send it as a bearer token; without, only this machine may scrape. */
function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (!token) return LOOPBACK.has(request.socket.remoteAddress ?? '');
  const given = Buffer.from(request.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Prometheus metrics at /metrics, with the outbox's depth and lag read from PostgreSQL at scrape time. */
export function registerMetricsRoute(
  app: FastifyInstance,
  deps: {
    orm: Orm;
    token: string | undefined;
    /** Open live subscriptions in this process (the server passes live/feed's count; the worker has none). */
    liveSubscriptions?: () => number;
  },
): void {
  const outbox = async () => {
    const [row] = await deps.orm.em
      .fork()
      .getConnection()
      .execute<{ depth: number; seconds: number }[]>(
        `select count(*)::int as depth, coalesce(extract(epoch from now() - min(created_at)), 0)::float as seconds
           from search_outbox where processed_at is null`,
      );
    return row ?? { depth: 0, seconds: 0 };
  };
  registerScrapeGauge(
    'vidensbro_outbox_depth',
    'Changes waiting to reach the search index.',
    async () => (await outbox()).depth,
  );
  registerScrapeGauge(
    'vidensbro_outbox_lag_seconds',
    'Age of the oldest change not yet in the search index.',
    async () => (await outbox()).seconds,
  );
  app.get('/metrics', async (request, reply) => {
    if (!mayScrape(request, deps.token))
      return reply.status(403).send('Metrics are for this machine or a METRICS_TOKEN holder.\n');
    liveSubscriptions.set(deps.liveSubscriptions?.() ?? 0);
    return reply
      .header('content-type', metrics.contentType)
      .header('cache-control', 'no-store')
      .send(await metrics.metrics());
  });
}
