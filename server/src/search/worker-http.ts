import Fastify from 'fastify';
import type { Orm } from '../platform/database.js';
import { Health, registerHealthRoutes } from '../platform/health.js';
import type { Logger } from '../platform/logger.js';
import { registerMetricsRoute } from '../platform/metrics-route.js';
import { Outages } from '../platform/outage.js';
import type { SearchEngine } from './engine.js';

/**
 * A standalone indexer (`cli.js worker`) answers /healthz, /readyz and /metrics like a server does, so containers
 * can check it and Prometheus can see its throughput (`vidensbro_indexer_documents_total` counts in the process
 * that indexes, which behind SEARCH_WORKER=false servers is only the worker).
 */
export async function startWorkerHttp(props: {
  orm: Orm;
  engine: SearchEngine;
  logger: Logger;
  host: string;
  port: number;
  metricsToken: string | undefined;
  outboxLagLimitSeconds: number;
}): Promise<{ url: string; close(): Promise<void> }> {
  const { orm, engine, logger } = props;
  const health = new Health({
    orm,
    outages: new Outages(logger),
    search: () => ({ healthy: () => engine.healthy() }),
    outboxLagLimitSeconds: props.outboxLagLimitSeconds,
  });
  const app = Fastify({ logger: false });
  registerHealthRoutes(app, health);
  registerMetricsRoute(app, { orm, token: props.metricsToken });
  health.start();
  app.addHook('onClose', async () => health.stop());
  const url = await app.listen({ host: props.host, port: props.port });
  logger.info(`Search indexer health and metrics at ${url}/healthz and ${url}/metrics`);
  return { url, close: () => app.close() };
}
