import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TargetGroup, Visibility } from '../src/modules/content/content.enums.js';
import { EvidenceScheme } from '../src/modules/evidence/evidence.enums.js';
import { OrganisationKind } from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import {
  createCase,
  createEvent,
  createEvidenceRating,
  createMethod,
  createOrganisation,
  createReport,
  createStudy,
  createTalk,
  createTopic,
  createWorkshop,
} from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
const THEME = 'Læring og trivsel i plejefamilien';
/** The titles of the cases the audience filter must find, oldest first. */
const FOSTER_CASES = ['Plejebørn i skolen 2021', 'Plejebørn i skolen 2023'];

/*
 * A small knowledge base of its own: three organisations, a topic with one below it and one beside it, public
 * and members-only cases (some made to pass or miss the case filters), two methods (one rated on two schemes,
 * one weakly on one), a study, and a forum meeting with its report, talks (two public, one for members) and a
 * workshop.
 */
beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const kommune = await createOrganisation(em, { kind: OrganisationKind.MUNICIPALITY });
  const ngo = await createOrganisation(em, { kind: OrganisationKind.NGO });
  await createOrganisation(em, { kind: OrganisationKind.REGION });
  const parent = await createTopic(em);
  const child = await createTopic(em, { parent });
  const beside = await createTopic(em);
  const rated = await createMethod(em, { name: 'Vurderet metode' });
  await createEvidenceRating(em, { method: rated, scheme: EvidenceScheme.CEBC, value: '2' });
  await createEvidenceRating(em, { method: rated, scheme: EvidenceScheme.EIF, value: '4' });
  const weak = await createMethod(em, { name: 'Svag metode' });
  await createEvidenceRating(em, { method: weak, scheme: EvidenceScheme.CEBC, value: '4' });
  const foster = { organisation: kommune, targetGroups: [TargetGroup.FOSTER_CHILDREN], ageMin: 6, ageMax: 12 };
  await createCase(em, { ...foster, title: FOSTER_CASES[1], year: 2023, topics: [parent], methods: [rated] });
  await createCase(em, { ...foster, title: FOSTER_CASES[0], year: 2021, topics: [child] });
  // Each misses the filter on one count: target group, age, organisation kind, year.
  await createCase(em, { ...foster, targetGroups: [TargetGroup.CARE_LEAVERS], topics: [beside] });
  await createCase(em, { ...foster, ageMin: 14, ageMax: 18 });
  await createCase(em, { ...foster, organisation: ngo });
  await createCase(em, { ...foster, year: 2018 });
  await createCase(em, { organisation: ngo, visibility: Visibility.MEMBERS, topics: [parent] });
  await createStudy(em);
  const event = await createEvent(em, { theme: THEME, startsAt: new Date('2026-05-01T09:00:00Z') });
  await createReport(em, { event, publishedOn: '2026-04-15' });
  const talk = {
    event,
    speakers: [{ name: 'Mette Holm', title: 'Plejefamiliekonsulent', organisationId: null }],
    chapters: [{ startSeconds: 0, title: 'Indledning' }],
    transcript: [{ startSeconds: 0, text: 'Hvordan trives børn i plejefamilier i skolen? '.repeat(4) }],
  };
  await createTalk(em, talk);
  await createTalk(em, talk);
  await createTalk(em, { ...talk, visibility: Visibility.MEMBERS });
  await createWorkshop(em, { event });
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
    const totals = Object.fromEntries(Object.entries(res.data!).map(([key, page]) => [key, page.totalCount]));
    // A guest counts the public rows only: six of seven cases, two of three talks.
    expect(totals).toEqual({
      cases: 6,
      methods: 2,
      studies: 1,
      events: 1,
      talks: 2,
      workshops: 1,
      reports: 1,
      organisations: 3,
      topics: 3,
    });
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
    // Rated moderate on one scheme and strong on another; the weakly rated method is left out.
    expect(methods.map((m) => m.name)).toEqual(['Vurderet metode']);
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
    // One public case is filed under the topic itself, one under the topic below it, one beside it.
    expect(direct.data!.topic.cases.totalCount).toBe(1);
    expect(withBelow.data!.cases.totalCount).toBe(2);
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
          title: string;
        }[];
      };
    }>(
      '{ cases(first: 100, filter: { targetGroup: FOSTER_CHILDREN, age: 10, organisationKind: MUNICIPALITY, yearFrom: 2020 }, orderBy: { field: YEAR, direction: ASC }) { nodes { title year ageMin ageMax targetGroups organisation { kind } } } }',
    );
    expect(res.errors).toBeUndefined();
    const cases = res.data!.cases.nodes;
    expect(cases.map((c) => c.title)).toEqual(FOSTER_CASES);
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
    const meeting = res.data!.events.nodes.find((e) => e.theme === THEME)!;
    expect(meeting.talks.totalCount).toBe(2); // the members' talk is not the public's
    expect(meeting.talks.nodes).toHaveLength(2);
    expect(meeting.workshops.totalCount).toBe(1);
    expect(new Date(meeting.report!.publishedOn).getTime()).toBeLessThan(new Date(meeting.startsAt).getTime());
    for (const talk of meeting.talks.nodes) {
      expect(talk.chapters.length).toBeGreaterThan(0);
      expect(talk.transcriptText.length).toBeGreaterThan(100);
      expect(talk.speakers.length).toBeGreaterThan(0);
    }
  });
});
