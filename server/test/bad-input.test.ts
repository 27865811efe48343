import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMethod, createTopic } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let topicId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  topicId = encodeGlobalId('Topic', (await createTopic(em)).id);
  // A public method: the server's liveness check counts it, and nested lists under it parse their cursors.
  await createMethod(em);
  client = await createTestClient(db, { MAX_QUERY_DEPTH: 8, MAX_QUERY_COMPLEXITY: 50_000 });
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

/** Each bad request answers with a stable code, no stack trace, and the server keeps answering. */
async function expectRefused(query: string, variables: Record<string, unknown>, code: string, message?: RegExp) {
  const res = await client.query(query, variables);
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  if (message) expect(res.errors?.[0]?.message).toMatch(message);
  expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+|node_modules/);
  const alive = await client.query<{ methods: { totalCount: number } }>('{ methods { totalCount } }');
  expect(alive.data?.methods.totalCount).toBeGreaterThan(0);
}

describe('bad input', () => {
  it('refuses malformed and mistyped global IDs', async () => {
    await expectRefused(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: 'not-an-id' },
      'BAD_USER_INPUT',
      /not a Vidensbro ID/,
    );
    await expectRefused(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: Buffer.from('Case:123').toString('base64') },
      'BAD_USER_INPUT',
    );
    await expectRefused(
      'query($t: ID) { cases(filter: { organisation: $t }) { totalCount } }',
      { t: topicId },
      'BAD_USER_INPUT',
      /Organisation/,
    );
  });

  it('answers null, not an error, for a well-formed ID that does not exist', async () => {
    const id = Buffer.from('Method:00000000-0000-4000-8000-000000000000').toString('base64');
    const res = await client.query<{ node: null }>('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
  });

  it('refuses wrong types, unknown enum values and unknown fields at validation', async () => {
    await expectRefused('query($n: Int) { cases(first: $n) { totalCount } }', { n: 'ten' }, 'BAD_USER_INPUT');
    await expectRefused(
      '{ methods(filter: { minEvidenceStrength: VERY_STRONG }) { totalCount } }',
      {},
      'GRAPHQL_VALIDATION_FAILED',
    );
    await expectRefused('{ methods { totalCount nonsense } }', {}, 'GRAPHQL_VALIDATION_FAILED');
    await expectRefused('{ methods { ', {}, 'GRAPHQL_PARSE_FAILED');
  });

  it('caps page sizes at 100 and rejects cursors from elsewhere', async () => {
    await expectRefused('{ cases(first: 101) { totalCount } }', {}, 'BAD_USER_INPUT', /at most 100/);
    await expectRefused('{ cases(last: -1) { totalCount } }', {}, 'BAD_USER_INPUT');
    await expectRefused('{ cases(first: 1, last: 1) { totalCount } }', {}, 'BAD_USER_INPUT');
    await expectRefused('{ cases(after: "garbage") { totalCount } }', {}, 'BAD_USER_INPUT', /cursor/);
    await expectRefused(
      '{ methods { nodes { cases(after: "garbage") { totalCount } } } }',
      {},
      'BAD_USER_INPUT',
      /cursor/,
    );
  });

  it('handles huge strings without falling over', async () => {
    await expectRefused(
      'query($s: String!) { case(slug: $s) { id } }',
      { s: 'x'.repeat(200_000) },
      'BAD_USER_INPUT',
      /too long/,
    );
    const res = await client.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: `{ case(slug: "${'x'.repeat(2_000_000)}") { id } }` }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json<{ errors: { extensions: { code: string } }[] }>().errors[0]!.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('refuses queries that are too deep or too costly before running them', async () => {
    await expectRefused(
      '{ topics { nodes { children { nodes { children { nodes { children { nodes { children { nodes { nameDa } } } } } } } } } } }',
      {},
      'QUERY_TOO_COMPLEX',
      /levels deep/,
    );
    await expectRefused(
      '{ cases(first: 100) { nodes { methods(first: 100) { nodes { cases(first: 100) { nodes { title } } } } } } }',
      {},
      'QUERY_TOO_COMPLEX',
      /cost/,
    );
  });
});
