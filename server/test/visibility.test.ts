import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import type { Case } from '../src/modules/case/case.entity.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import type { EvidenceRating } from '../src/modules/evidence/evidence-rating.entity.js';
import type { Method } from '../src/modules/method/method.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createCase, createEvidenceRating, createMethod, createOrganisation } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
/** Cases the public may read, and cases it may not (members-only, organisation-only, a draft). */
let shown: Case[];
let hidden: Case[];
/** A method that links them all. */
let hub: Method;
let draft: Method;
let draftRating: EvidenceRating;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const organisation = await createOrganisation(em, { slug: 'synlighed' });
  shown = [
    await createCase(em, { organisation, visibility: Visibility.PUBLIC }),
    await createCase(em, { organisation, visibility: Visibility.PUBLIC }),
  ];
  hidden = [
    await createCase(em, { organisation, visibility: Visibility.MEMBERS }),
    await createCase(em, { organisation, visibility: Visibility.ORGANISATION }),
    await createCase(em, { organisation, visibility: Visibility.PUBLIC, published: false }),
  ];
  hub = await createMethod(em);
  for (const row of [...shown, ...hidden]) row.methods.add(hub);
  await em.flush();
  draft = await createMethod(em, { published: false });
  draftRating = await createEvidenceRating(em, { method: draft });
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

describe('visibility for anonymous visitors', () => {
  it('hides them from lists and their counts', async () => {
    const res = await client.query<{ cases: { totalCount: number; nodes: { slug: string }[] } }>(
      '{ cases(first: 100) { totalCount nodes { slug } } }',
    );
    expect(res.errors).toBeUndefined();
    const slugs = res.data!.cases.nodes.map((n) => n.slug);
    expect(slugs.sort()).toEqual(shown.map((c) => c.slug).sort());
    expect(res.data!.cases.totalCount).toBe(shown.length);
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
    const res = await client.query<{ method: { cases: { totalCount: number; nodes: { slug: string }[] } } }>(
      'query($slug: String!) { method(slug: $slug) { cases(first: 100) { totalCount nodes { slug } } } }',
      { slug: hub.slug },
    );
    const slugs = res.data!.method.cases.nodes.map((n) => n.slug);
    expect(slugs.sort()).toEqual(shown.map((c) => c.slug).sort());
    expect(res.data!.method.cases.totalCount).toBe(shown.length);
  });

  it('hides unpublished drafts everywhere, including their evidence ratings', async () => {
    const res = await client.query<{ method: unknown; methods: { nodes: { slug: string }[] } }>(
      'query($slug: String!) { method(slug: $slug) { id } methods(first: 100) { nodes { slug } } }',
      { slug: draft.slug },
    );
    expect(res.data!.method).toBeNull();
    expect(res.data!.methods.nodes.map((n) => n.slug)).not.toContain(draft.slug);
    const node = await client.query<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', {
      id: encodeGlobalId('EvidenceRating', draftRating.id),
    });
    expect(node.errors).toBeUndefined();
    expect(node.data!.node).toBeNull();
  });
});
