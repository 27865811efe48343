import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Span } from '@opentelemetry/api';

/** What follows one HTTP request through resolvers, SQL and the outbox rows it writes. */
export interface RequestScope {
  requestId: string;
  /** SQL statements sent for this request and the time they took. */
  sql: { statements: number; milliseconds: number };
  /** The operation's span, parent of its SQL spans (when tracing is on). */
  span?: Span;
  /** The operation's estimated cost, once the cost limit has measured it. */
  cost?: number;
  /** Reads of this request may go to a read replica (platform/read-replicas.ts); otherwise the primary. */
  replicaReads?: boolean;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequest<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId, sql: { statements: 0, milliseconds: 0 } }, work);
}

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

const SAFE_ID = /^[\w.:-]{1,64}$/;

/** A caller's X-Request-Id when it is a plain token (so it can go into logs and headers as it is); else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}
