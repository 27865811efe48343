import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../seeds/generate-content.js';
import { seedContent } from '../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em.fork(), generateContent({ cases: 40, seed: 21 }));
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Page = { nodes: { name: string }[] };
type List = { cases: { nodes: { title: string; all: Page; tail: Page; organisation: { name: string } | null }[] } };

describe('a compiled list with a field the compiler leaves to its resolver', () => {
  it('answers that field from the entity, beside the compiled ones', async () => {
    // `last:` pages of nested lists run through the loaders, which find the parent by its uuid.
    const res = await client.query<List>(
      `query { cases(first: 30) { nodes { title organisation { name }
        all: methods(first: 100) { nodes { name } } tail: methods(last: 1) { nodes { name } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.cases.nodes;
    expect(nodes).toHaveLength(30);
    expect(nodes.some((node) => node.all.nodes.length > 0)).toBe(true);
    for (const node of nodes) expect(node.tail.nodes).toEqual(node.all.nodes.slice(-1));
  });
});
