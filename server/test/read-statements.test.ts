import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadFixture, type ReadFixture } from '../../bench/lib/fixture.js';
import { CASE_PAGE, NESTED_LIST } from '../../bench/lib/read.js';
import { generateContent } from '../../seeds/generate-content.js';
import { seedContent } from '../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let fixture: ReadFixture;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em.fork(), generateContent({ cases: 150, seed: 11 }));
  fixture = await createReadFixture(db.orm.em.fork(), 100);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

async function statements<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  db.queries.length = 0;
  const res = await client.query<T>(query, variables, headers);
  expect(res.errors).toBeUndefined();
  return { data: res.data!, count: db.queries.filter((line) => line.includes('[query]')).length };
}

type List = { cases: { nodes: { methods: { nodes: unknown[] }; topics: { nodes: unknown[] } }[] } };

describe('the compiled read path', () => {
  it('reads the nested case list in one statement, whatever the page size', async () => {
    const counts = [];
    for (const first of [10, 50, 100]) {
      const { data, count } = await statements<List>(NESTED_LIST, { first });
      expect(data.cases.nodes).toHaveLength(first);
      expect(data.cases.nodes.some((node) => node.methods.nodes.length > 0)).toBe(true);
      expect(data.cases.nodes.some((node) => node.topics.nodes.length > 0)).toBe(true);
      counts.push(count);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(2);
  });

  it('reads a case page with a 100-comment thread and its replies in two statements: the credential with its membership, then the page', async () => {
    type Page = {
      case: {
        threads: {
          nodes: { comments: { totalCount: number; nodes: { authorName: string; replies: { nodes: unknown[] } }[] } }[];
        };
      };
    };
    const member = { authorization: `Bearer ${fixture.token}` };
    // Steady state: a token records its use at most once a minute, which the first request did.
    await client.query(CASE_PAGE, { slug: fixture.caseSlug }, member);
    const { data, count } = await statements<Page>(CASE_PAGE, { slug: fixture.caseSlug }, member);
    const thread = data.case.threads.nodes[0]!;
    expect(thread.comments.totalCount).toBe(100);
    expect(thread.comments.nodes).toHaveLength(100);
    expect(thread.comments.nodes[0]!.authorName).toBe('Bench Læser');
    expect(thread.comments.nodes.reduce((sum, c) => sum + c.replies.nodes.length, 0)).toBe(68);
    expect(count).toBe(2);
  });

  it('sends the page as a parameterized statement, the same text for every slug', async () => {
    const texts: string[] = [];
    for (const slug of [fixture.caseSlug, 'no-such-case']) {
      db.queries.length = 0;
      await client.query(CASE_PAGE, { slug });
      const page = db.queries.find((line) => line.includes('json_build_object'));
      expect(page).toBeDefined();
      expect(page).not.toContain(slug); // the slug travels as a value, so the text can be prepared once
      texts.push(page!.replace(/ \[took .*$/, ''));
    }
    expect(texts[0]).toBe(texts[1]);
  });
});
