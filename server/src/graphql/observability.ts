import type { ApolloServerPlugin } from '@apollo/server';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Logger } from '../platform/logger.js';
import { graphqlErrors, operationDuration, sqlPerRequest, sqlSeconds } from '../platform/metrics.js';
import { currentRequest } from '../platform/request-context.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_NAMES = 200;
const seen = new Set<string>();

function nameFor(name: string | null | undefined): string {
  return name ? name.replace(/[^\w]/g, '_').slice(0, 64) : 'anonymous';
}

/** Operation names come from clients: a bounded set keeps metric labels from growing without end. */
function labelFor(name: string): string {
  if (name === 'anonymous') return name;
  if (!NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_NAMES) return 'other';
  seen.add(name);
  return name;
}

/**
 * Per operation: a latency sample labelled by name and type, errors by code, SQL statements and time, a span
 * (continuing the caller's traceparent), and a log line with the request id when it is slower than `slowMs`.
 */
export function observabilityPlugin(logger: Logger, options: { slowMs: number }): ApolloServerPlugin {
  const tracer = trace.getTracer('vidensbro');
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      const scope = currentRequest();
      const carrier: Record<string, string> = {};
      for (const [key, value] of request.http?.headers ?? []) carrier[key] = value;
      const span = tracer.startSpan(
        'graphql',
        { kind: SpanKind.SERVER },
        propagation.extract(context.active(), carrier),
      );
      if (scope) {
        scope.span = span;
        span.setAttribute('vidensbro.request_id', scope.requestId);
      }
      // Logs and spans name the operation as sent (cut to a plain token); metrics use the bounded label.
      let operation = nameFor(request.operationName);
      let type = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: definition }) {
          operation = nameFor(operationName);
          type = definition?.operation ?? 'unknown';
          span.updateName(`${type} ${operation}`);
          span.setAttribute('graphql.operation.name', operation);
          span.setAttribute('graphql.operation.type', type);
        },
        async willSendResponse({ response }) {
          const seconds = (performance.now() - started) / 1000;
          operationDuration.observe({ operation: labelFor(operation), type }, seconds);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) {
            const code = error.extensions?.code;
            graphqlErrors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'UNKNOWN' });
          }
          if (errors.length > 0) span.setStatus({ code: SpanStatusCode.ERROR, message: String(errors[0]?.message) });
          if (scope) {
            sqlPerRequest.observe(scope.sql.statements);
            sqlSeconds.observe(scope.sql.milliseconds / 1000);
            span.setAttribute('db.statements', scope.sql.statements);
          }
          span.end();
          if (seconds * 1000 >= options.slowMs) {
            logger.warn(
              {
                reqId: scope?.requestId,
                operation,
                type,
                ms: Math.round(seconds * 1000),
                sqlStatements: scope?.sql.statements,
                sqlMs: scope ? Math.round(scope.sql.milliseconds) : undefined,
                cost: scope?.cost,
              },
              'Slow GraphQL operation',
            );
          }
        },
      };
    },
  };
}
