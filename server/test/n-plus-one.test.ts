import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../seeds/generate-content.js';
import { seedContent } from '../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, generateContent({ cases: 150, seed: 7 }));
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const CASES_WITH_RELATIONS = `query($first: Int!) {
  cases(first: $first) {
    totalCount
    nodes {
      title
      organisation { name kind }
      topics { nodes { nameDa parent { nameDa } } }
      methods(first: 5) {
        totalCount
        nodes { name evidenceRatings { nodes { scheme value } } studies(first: 5) { nodes { title } } }
      }
    }
  }
}`;

async function statementsFor(first: number): Promise<{ statements: number; cases: number; methods: number }> {
  db.queries.length = 0;
  const res = await client.query<{ cases: { nodes: { methods: { nodes: unknown[] } }[] } }>(CASES_WITH_RELATIONS, {
    first,
  });
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.cases.nodes;
  return {
    statements: db.queries.filter((line) => line.includes('[query]')).length,
    cases: nodes.length,
    methods: nodes.reduce((sum, node) => sum + node.methods.nodes.length, 0),
  };
}

describe('batched loading', () => {
  it('answers 50 cases with their organisation, topics, methods, ratings and studies in a constant number of statements', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large.cases).toBe(50);
    expect(large.methods).toBeGreaterThan(small.methods);
    // One statement per list level, not per row: the count does not grow with the page size.
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(8);
  });
});
