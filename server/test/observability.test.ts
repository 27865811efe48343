import { Writable } from 'node:stream';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { createLogger } from '../src/platform/logger.js';
import { startTracing, type Tracing } from '../src/platform/tracing.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

const spans = new InMemorySpanExporter();
let tracing: Tracing;
let db: TestDatabase;

beforeAll(async () => {
  tracing = startTracing({}, createLogger('silent'), spans)!;
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  await createMember(em, { organisation: await createOrganisation(em, { slug: 'obs' }), role: MemberRole.EDITOR });
});
afterAll(async () => {
  await db.drop();
  await tracing.stop();
});

async function withClient(overrides: Partial<Config>, work: (client: TestClient) => Promise<void>) {
  const client = await createTestClient(db, overrides);
  try {
    await work(client);
  } finally {
    await client.app.close();
  }
}

const gql = (client: TestClient, query: string, headers: Record<string, string> = {}) =>
  client.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { query },
  });

describe('metrics', () => {
  it('counts operations by name, errors by code, SQL per request and the outbox, for this machine only', () =>
    withClient({}, async (client) => {
      await gql(client, 'query BrowseMethods { methods(first: 3) { totalCount } }');
      await gql(client, '{ node(id: "bm90LWFuLWlk") { id } }');
      const scraped = await client.app.inject({ url: '/metrics' });
      expect(scraped.statusCode).toBe(200);
      const text = scraped.body;
      expect(text).toMatch(
        /vidensbro_graphql_operation_duration_seconds_count\{operation="BrowseMethods",type="query"\} [1-9]/,
      );
      expect(text).toMatch(/vidensbro_graphql_errors_total\{code="[A-Z_]+"\} [1-9]/);
      expect(text).toMatch(/vidensbro_sql_statements_per_request_count [1-9]/);
      expect(text).toMatch(/vidensbro_outbox_depth \d+/);
      expect(text).toMatch(/vidensbro_outbox_lag_seconds [\d.]+/);
      expect(text).toContain('vidensbro_nodejs_eventloop_lag_seconds');
      expect(text).toContain('vidensbro_process_resident_memory_bytes');
      expect(text).toContain('vidensbro_live_subscriptions');
      const remote = await client.app.inject({ url: '/metrics', remoteAddress: '203.0.113.9' });
      expect(remote.statusCode).toBe(403);
    }));

  it('keeps client-chosen operation names from growing the label set without end', () =>
    withClient({}, async (client) => {
      for (let i = 0; i < 220; i++) await gql(client, `query Op${i}x { methods(first: 1) { totalCount } }`);
      await gql(client, 'query { methods(first: 1) { totalCount } }');
      const text = (await client.app.inject({ url: '/metrics' })).body;
      const names = new Set(
        [...text.matchAll(/operation_duration_seconds_count\{operation="([^"]+)"/g)].map((m) => m[1]),
      );
      expect(names.size).toBeLessThanOrEqual(203);
      expect(names).toContain('other');
    }));

  it('asks for METRICS_TOKEN when one is set', () =>
    withClient({ METRICS_TOKEN: 'a-long-metrics-token-1234' }, async (client) => {
      expect((await client.app.inject({ url: '/metrics' })).statusCode).toBe(403);
      const allowed = await client.app.inject({
        url: '/metrics',
        headers: { authorization: 'Bearer a-long-metrics-token-1234' },
        remoteAddress: '203.0.113.9',
      });
      expect(allowed.statusCode).toBe(200);
    }));
});

describe('request ids', () => {
  it('follow a request into its response, its slow-operation log and the outbox rows it writes', async () => {
    const lines: { msg: string; reqId?: string; operation?: string }[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as never);
          done();
        },
      }),
    );
    const client = await createTestClient(db, { SLOW_OPERATION_MS: 1 }, logger);
    try {
      const cookie = await client.signIn('editor@obs.example', PASSWORD);
      const kept = await gql(client, '{ methods(first: 1) { totalCount } }', { 'x-request-id': 'trace-me-42' });
      expect(kept.headers['x-request-id']).toBe('trace-me-42');
      const replaced = await gql(client, '{ methods(first: 1) { totalCount } }', { 'x-request-id': 'bad id\nx' });
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const created = await gql(
        client,
        'mutation CreateTopic { createTopic(input: { nameDa: "Sporbarhed", nameEn: "Tracing" }) { topic { id } } }',
        { cookie },
      );
      const requestId = String(created.headers['x-request-id']);
      const rows = await db.orm.em
        .fork()
        .getConnection()
        .execute<{ request_id: string }[]>(`select request_id from search_outbox where entity_type = 'Topic'`);
      expect(rows.map((row) => row.request_id)).toContain(requestId);
      const slow = lines.filter((line) => line.msg === 'Slow GraphQL operation');
      expect(slow).toContainEqual(expect.objectContaining({ reqId: requestId, operation: 'CreateTopic' }));
    } finally {
      await client.app.close();
    }
  });
});

describe('tracing', () => {
  it("makes a span per operation, continuing the caller's trace, with a span per SQL statement under it", () =>
    withClient({}, async (client) => {
      spans.reset();
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      await gql(client, 'query TracedMethods { methods(first: 2) { nodes { name } } }', {
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      });
      await tracing.flush();
      const finished = spans.getFinishedSpans();
      const operation = finished.find((span) => span.name === 'query TracedMethods');
      expect(operation?.spanContext().traceId).toBe(traceId);
      const sql = finished.filter(
        (span) => span.name === 'sql' && span.parentSpanContext?.spanId === operation?.spanContext().spanId,
      );
      expect(sql.length).toBeGreaterThan(0);
      expect(String(sql[0]!.attributes['db.statement'])).toMatch(/select/i);
    }));
});
