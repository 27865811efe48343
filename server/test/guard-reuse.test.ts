import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

/** One document, its cost set by a variable: Apollo hands the guard the same parsed document every time. */
const NESTED =
  'query($n: Int) { cases(first: $n) { nodes { methods(first: $n) { nodes { cases(first: $n) { nodes { title } } } } } } }';

describe('the operation guard on a document it has seen before', () => {
  it('measures each request by its own variables', async () => {
    for (const n of [2, 100, 2, 100]) {
      const res = await client.query(NESTED, { n });
      if (n === 2) {
        expect(res.errors).toBeUndefined();
        expect(res.data).toEqual({ cases: { nodes: [] } });
      } else {
        expect(res.status).toBe(400);
        expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      }
    }
  });

  it('refuses a NUL in a literal or a variable every time the document comes again', async () => {
    for (let i = 0; i < 3; i++) {
      const literal = await client.query('{ method(slug: "x\\u0000") { id } }');
      expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const ok = await client.query('query($s: String!) { case(slug: $s) { id } }', { s: 'plain' });
      expect(ok.errors).toBeUndefined();
      const variable = await client.query('query($s: String!) { case(slug: $s) { id } }', { s: 'a\u0000b' });
      expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
