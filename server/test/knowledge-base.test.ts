import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../seeds/demo/index.js';
import { seedContent } from '../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Page<T> = {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
};

describe('the knowledge base over GraphQL', () => {
  it('lists every content type under a guessable plural root field', async () => {
    const res = await client.query<Record<string, { totalCount: number }>>(`{
      cases { totalCount } methods { totalCount } studies { totalCount } events { totalCount } talks { totalCount }
      workshops { totalCount } reports { totalCount } organisations { totalCount } topics(all: true) { totalCount }
    }`);
    expect(res.errors).toBeUndefined();
    const publicCases = demoContent.cases.filter((c) => c.visibility === 'PUBLIC').length;
    expect(res.data!.cases!.totalCount).toBe(publicCases);
    expect(res.data!.organisations!.totalCount).toBe(demoContent.organisations.length);
    expect(res.data!.topics!.totalCount).toBe(demoContent.topics.length);
    for (const key of ['methods', 'studies', 'events', 'talks', 'workshops', 'reports'])
      expect(res.data![key]!.totalCount).toBeGreaterThan(0);
  });

  it('fetches any object again by its global ID with node and nodes', async () => {
    const res = await client.query<{
      methods: { nodes: { id: string; name: string }[] };
      events: { nodes: { id: string }[] };
      topics: { nodes: { id: string }[] };
    }>(
      '{ methods(first: 2) { nodes { id name } } events(first: 1) { nodes { id } } topics(first: 1) { nodes { id } } }',
    );
    const [m1, m2] = res.data!.methods.nodes;
    const ids = [m1!.id, res.data!.events.nodes[0]!.id, res.data!.topics.nodes[0]!.id, m2!.id];
    const nodes = await client.query<{
      node: { __typename: string; name: string };
      nodes: ({ __typename: string; id: string } | null)[];
    }>(
      'query($id: ID!, $ids: [ID!]!) { node(id: $id) { __typename ... on Method { name } } nodes(ids: $ids) { __typename id } }',
      { id: m1!.id, ids },
    );
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data!.node).toEqual({ __typename: 'Method', name: m1!.name });
    expect(nodes.data!.nodes.map((n) => n?.__typename)).toEqual(['Method', 'Event', 'Topic', 'Method']);
    expect(nodes.data!.nodes.map((n) => n?.id)).toEqual(ids);
  });

  it('pages forward and backward through a root list with stable cursors', async () => {
    const all = await client.query<{ cases: Page<{ id: string }> }>(
      '{ cases(first: 100, orderBy: { field: TITLE }) { totalCount nodes { id } } }',
    );
    const expected = all.data!.cases.nodes.map((n) => n.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: { cases: Page<{ id: string }> } } = await client.query<{ cases: Page<{ id: string }> }>(
        'query($after: String) { cases(first: 4, after: $after, orderBy: { field: TITLE }) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...page.data!.cases.nodes.map((n) => n.id));
      if (!page.data!.cases.pageInfo.hasNextPage) break;
      after = page.data!.cases.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    const back = await client.query<{ cases: Page<{ id: string }> }>(
      'query($before: String) { cases(last: 3, before: $before, orderBy: { field: TITLE }) { nodes { id } pageInfo { hasPreviousPage } } }',
      { before: null },
    );
    expect(back.data!.cases.nodes.map((n) => n.id)).toEqual(expected.slice(-3));
    expect(back.data!.cases.pageInfo.hasPreviousPage).toBe(true);
  });

  it('pages through nested connections with cursors and counts', async () => {
    const res = await client.query<{
      methods: { nodes: { name: string; evidenceRatings: Page<{ scheme: string }> }[] };
    }>(
      '{ methods(first: 100) { nodes { name evidenceRatings(first: 1) { totalCount nodes { scheme } edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor } } } } }',
    );
    const method = res.data!.methods.nodes.find((m) => m.evidenceRatings.totalCount >= 2)!;
    expect(method.evidenceRatings.nodes).toHaveLength(1);
    expect(method.evidenceRatings.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await client.query<{ method: { evidenceRatings: Page<{ scheme: string }> } }>(
      'query($after: String) { methods(first: 100) { nodes { name } } method: methods(first: 100) { nodes { name evidenceRatings(first: 1, after: $after) { totalCount nodes { scheme } pageInfo { hasPreviousPage } } } } }'.replace(
        'method: methods(first: 100) { nodes { name evidenceRatings',
        'method: methods(first: 100) { nodes { name evidenceRatings',
      ),
      { after: method.evidenceRatings.pageInfo.endCursor },
    );
    const again = (
      next.data as unknown as { method: { nodes: { name: string; evidenceRatings: Page<{ scheme: string }> }[] } }
    ).method.nodes.find((m) => m.name === method.name)!;
    expect(again.evidenceRatings.nodes).toHaveLength(1);
    expect(again.evidenceRatings.pageInfo.hasPreviousPage).toBe(true);
    expect(again.evidenceRatings.nodes[0]!.scheme).not.toBe(method.evidenceRatings.nodes[0]!.scheme);
  });

  it('carries ratings on several schemes with a normalised strength used for filtering', async () => {
    const res = await client.query<{
      methods: {
        nodes: {
          name: string;
          evidenceStrength: string;
          evidenceRatings: { nodes: { scheme: string; value: string; strength: string }[] };
        }[];
      };
    }>(
      '{ methods(first: 100, filter: { minEvidenceStrength: MODERATE }) { nodes { name evidenceStrength evidenceRatings { nodes { scheme value strength } } } } }',
    );
    const methods = res.data!.methods.nodes;
    expect(methods.length).toBeGreaterThan(0);
    for (const m of methods) expect(['STRONG', 'MODERATE']).toContain(m.evidenceStrength);
    expect(methods.some((m) => new Set(m.evidenceRatings.nodes.map((r) => r.scheme)).size >= 2)).toBe(true);
    const all = await client.query<{ methods: { totalCount: number } }>('{ methods { totalCount } }');
    expect(all.data!.methods.totalCount).toBeGreaterThan(methods.length);
  });

  it('filters by topic including the topics below it', async () => {
    const tree = await client.query<{
      topics: { nodes: { id: string; slug: string; children: { nodes: { id: string }[] } }[] };
    }>('{ topics(first: 50) { nodes { id slug children(first: 20) { nodes { id } } } } }');
    expect(tree.errors).toBeUndefined();
    const parent = tree.data!.topics.nodes.find((t) => t.children.nodes.length > 0)!;
    const direct = await client.query<{ topic: { cases: { totalCount: number } } }>(
      'query($slug: String!) { topic(slug: $slug) { cases { totalCount } } }',
      { slug: parent.slug },
    );
    const withBelow = await client.query<{ cases: { totalCount: number } }>(
      'query($t: ID!) { cases(filter: { topic: $t }) { totalCount } }',
      { t: parent.id },
    );
    expect(withBelow.errors).toBeUndefined();
    expect(withBelow.data!.cases.totalCount).toBeGreaterThanOrEqual(direct.data!.topic.cases.totalCount);
  });

  it('filters cases by target group, age, organisation kind and year, and sorts them', async () => {
    const res = await client.query<{
      cases: {
        nodes: {
          year: number;
          ageMin: number | null;
          ageMax: number | null;
          targetGroups: string[];
          organisation: { kind: string };
        }[];
      };
    }>(
      '{ cases(first: 100, filter: { targetGroup: FOSTER_CHILDREN, age: 10, organisationKind: MUNICIPALITY, yearFrom: 2020 }, orderBy: { field: YEAR, direction: ASC }) { nodes { year ageMin ageMax targetGroups organisation { kind } } } }',
    );
    expect(res.errors).toBeUndefined();
    const cases = res.data!.cases.nodes;
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(c.targetGroups).toContain('FOSTER_CHILDREN');
      expect(c.organisation.kind).toBe('MUNICIPALITY');
      expect(c.year).toBeGreaterThanOrEqual(2020);
      expect(c.ageMin ?? 0).toBeLessThanOrEqual(10);
      expect(c.ageMax ?? 99).toBeGreaterThanOrEqual(10);
    }
    expect(cases.map((c) => c.year)).toEqual([...cases.map((c) => c.year)].sort((a, b) => a - b));
  });

  it('shows the forum rhythm: an event with its theme, report, talks and workshops', async () => {
    const res = await client.query<{
      events: {
        nodes: {
          theme: string;
          startsAt: string;
          report: { publishedOn: string } | null;
          talks: {
            totalCount: number;
            nodes: { chapters: { startSeconds: number }[]; transcriptText: string; speakers: { name: string }[] }[];
          };
          workshops: { totalCount: number };
        }[];
      };
    }>(
      '{ events(first: 10) { nodes { theme startsAt report { publishedOn } talks { totalCount nodes { chapters { startSeconds title } transcriptText speakers { name title } } } workshops { totalCount } } } }',
    );
    expect(res.errors).toBeUndefined();
    const meeting = res.data!.events.nodes.find((e) => e.theme === 'Læring og trivsel i plejefamilien')!;
    const slug = demoContent.events.find((e) => e.theme === 'Læring og trivsel i plejefamilien')!.slug;
    expect(meeting.talks.totalCount).toBe(
      demoContent.talks.filter((t) => t.event === slug && t.visibility === 'PUBLIC').length,
    );
    expect(meeting.workshops.totalCount).toBeGreaterThan(0);
    expect(new Date(meeting.report!.publishedOn).getTime()).toBeLessThan(new Date(meeting.startsAt).getTime());
    for (const talk of meeting.talks.nodes) {
      expect(talk.chapters.length).toBeGreaterThan(0);
      expect(talk.transcriptText.length).toBeGreaterThan(100);
      expect(talk.speakers.length).toBeGreaterThan(0);
    }
  });
});
