import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { Logger } from './logger.js';

export interface Tracing {
  /** Sends the spans still in the batch (tests; shutdown does it too). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * OpenTelemetry tracing, off unless configured with the standard variables (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, read by the OTLP/HTTP exporter itself; OTEL_SERVICE_NAME). Spans: one per
 * GraphQL operation (continuing a caller's W3C traceparent) and one per SQL statement under it.
 */
export function startTracing(env: NodeJS.ProcessEnv, logger: Logger, exporter?: SpanExporter): Tracing | null {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint && !exporter) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? 'vidensbro' }),
    spanProcessors: [new BatchSpanProcessor(exporter ?? new OTLPTraceExporter())],
  });
  provider.register();
  if (endpoint) logger.info(`Tracing: spans go to ${endpoint} (OTLP/HTTP).`);
  return { flush: () => provider.forceFlush(), stop: () => provider.shutdown() };
}
