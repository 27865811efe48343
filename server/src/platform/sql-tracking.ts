import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { currentRequest } from './request-context.js';

const tracer = trace.getTracer('vidensbro');

/**
 * Counts and times one SQL statement for the request that sends it (metrics, slow-operation logs) and, with
 * tracing on, gives it a span under the operation's span. Returns the function that ends it; outside a request
 * it does nothing. Knex's events and the prepared read path (prepared-read.ts) both report through it.
 */
export function trackStatement(sql: string | undefined): ((failed: boolean) => void) | undefined {
  const scope = currentRequest();
  if (!scope) return undefined;
  scope.sql.statements++;
  const span = scope.span?.isRecording()
    ? tracer.startSpan(
        'sql',
        { kind: SpanKind.CLIENT, attributes: { 'db.system': 'postgresql', 'db.statement': sql?.slice(0, 2000) } },
        trace.setSpan(context.active(), scope.span),
      )
    : undefined;
  const started = performance.now();
  return (failed) => {
    scope.sql.milliseconds += performance.now() - started;
    if (failed) span?.setStatus({ code: SpanStatusCode.ERROR });
    span?.end();
  };
}
