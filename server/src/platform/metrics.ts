import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of this process, served at /metrics. One registry per process (metrics are process-wide by
 * nature); `collectDefaultMetrics` adds event-loop lag, memory, CPU and GC.
 */
export const metrics = new Registry();
collectDefaultMetrics({ register: metrics, prefix: 'vidensbro_' });

export const operationDuration = new Histogram({
  name: 'vidensbro_graphql_operation_duration_seconds',
  help: 'GraphQL operations by name and type, from parse to response.',
  labelNames: ['operation', 'type'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metrics],
});

export const graphqlErrors = new Counter({
  name: 'vidensbro_graphql_errors_total',
  help: 'GraphQL errors sent to clients, by extensions.code.',
  labelNames: ['code'] as const,
  registers: [metrics],
});

export const sqlPerRequest = new Histogram({
  name: 'vidensbro_sql_statements_per_request',
  help: 'SQL statements one GraphQL request sent.',
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 50, 100],
  registers: [metrics],
});

export const sqlSeconds = new Histogram({
  name: 'vidensbro_sql_seconds_per_request',
  help: 'Time one GraphQL request spent waiting for SQL statements.',
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metrics],
});

export const indexedDocuments = new Counter({
  name: 'vidensbro_indexer_documents_total',
  help: 'Outbox rows the search indexer processed, by outcome.',
  labelNames: ['outcome'] as const,
  registers: [metrics],
});

export const liveSubscriptions = new Gauge({
  name: 'vidensbro_live_subscriptions',
  help: 'Open GraphQL subscriptions in this process.',
  registers: [metrics],
});

/** Gauges whose value is read when Prometheus scrapes (outbox depth and lag need a query). */
export function registerScrapeGauge(name: string, help: string, read: () => Promise<number> | number): Gauge {
  const existing = metrics.getSingleMetric(name);
  if (existing) metrics.removeSingleMetric(name);
  return new Gauge({
    name,
    help,
    registers: [metrics],
    async collect() {
      try {
        this.set(await read());
      } catch {
        // A dependency that is down shows as a missing sample, not a failed scrape.
      }
    },
  });
}
