import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../seeds/demo/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { Case } from '../src/modules/case/case.entity.js';
import { Visibility } from '../src/modules/content/enums.js';
import { Method } from '../src/modules/method/method.entity.js';
import { seedContent } from '../src/platform/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let hidden: Case[];
let draft: Method;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
  const em = db.orm.em.fork();
  hidden = await em.find(Case, { visibility: { $ne: Visibility.PUBLIC } }, { populate: ['methods'] });
  draft = (await em.findOne(Method, { visibility: Visibility.PUBLIC }, { orderBy: { name: 'asc' } }))!;
  draft.publishedAt = null;
  await em.flush();
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

describe('visibility for anonymous visitors', () => {
  it('has members-only and organisation-only cases in the demo to hide', () => {
    expect(hidden.map((c) => c.visibility)).toEqual(expect.arrayContaining(['MEMBERS', 'ORGANISATION']));
  });

  it('hides them from lists and their counts', async () => {
    const res = await client.query<{ cases: { totalCount: number; nodes: { slug: string }[] } }>(
      '{ cases(first: 100) { totalCount nodes { slug } } }',
    );
    expect(res.errors).toBeUndefined();
    const slugs = res.data!.cases.nodes.map((n) => n.slug);
    for (const c of hidden) expect(slugs).not.toContain(c.slug);
    expect(res.data!.cases.totalCount).toBe(demoContent.cases.length - hidden.length);
  });

  it('hides them from node, nodes and slug lookups', async () => {
    const ids = hidden.map((c) => encodeGlobalId('Case', c.id));
    const res = await client.query<{ node: unknown; nodes: unknown[]; case: unknown }>(
      'query($id: ID!, $ids: [ID!]!, $slug: String!) { node(id: $id) { id } nodes(ids: $ids) { id } case(slug: $slug) { id } }',
      { id: ids[0], ids, slug: hidden[0]!.slug },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ node: null, nodes: ids.map(() => null), case: null });
  });

  it('hides them from nested connections and their counts', async () => {
    const method = hidden.flatMap((c) => c.methods.getItems())[0]!;
    const res = await client.query<{ method: { cases: { totalCount: number; nodes: { slug: string }[] } } }>(
      'query($slug: String!) { method(slug: $slug) { cases(first: 100) { totalCount nodes { slug } } } }',
      { slug: method.slug },
    );
    const slugs = res.data!.method.cases.nodes.map((n) => n.slug);
    for (const c of hidden) expect(slugs).not.toContain(c.slug);
    expect(res.data!.method.cases.totalCount).toBe(slugs.length);
  });

  it('hides unpublished drafts everywhere, including their evidence ratings', async () => {
    const res = await client.query<{ method: unknown; methods: { nodes: { slug: string }[] } }>(
      'query($slug: String!) { method(slug: $slug) { id } methods(first: 100) { nodes { slug } } }',
      { slug: draft.slug },
    );
    expect(res.data!.method).toBeNull();
    expect(res.data!.methods.nodes.map((n) => n.slug)).not.toContain(draft.slug);
    const em = db.orm.em.fork();
    const rating = await em.findOne(Method, draft.id, { populate: ['ratings'] });
    const ratingId = rating!.ratings.getItems()[0]?.id;
    if (ratingId) {
      const node = await client.query<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
        id: encodeGlobalId('EvidenceRating', ratingId),
      });
      expect(node.data!.node).toBeNull();
    }
  });
});
