import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { gapGlobalId, KnowledgeGapKind } from '../../src/modules/gaps/gap-keys.js';
import type { Method } from '../../src/modules/method/method.entity.js';
import type { Topic } from '../../src/modules/topic/topic.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { MembershipStatus, OrganisationKind } from '../../src/modules/organisation/organisation.entity.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import * as f from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let p: f.People;
let unrated: Method;
let weak: Method;
let rated: Method;
let membersOnly: Method;
let parent: Topic;
let child: Topic;
let studied: Topic;
let memberCookie: string;
let researcherCookie: string;

const GAPS = `query($first: Int, $after: String, $filter: KnowledgeGapFilter) {
  knowledgeGaps(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind label caseCount studyCount unrated weakDimensions targetGroup viewerIsFollowing
      method { name } topic { nameDa } studiedBy { contact expectedOn organisation { name } } }
  }
}`;

type Gap = {
  id: string;
  kind: KnowledgeGapKind;
  label: string;
  caseCount: number;
  unrated: boolean;
  weakDimensions: string[];
  targetGroup: string | null;
  viewerIsFollowing: boolean;
  method: { name: string } | null;
  topic: { nameDa: string } | null;
  studiedBy: { contact: string | null; expectedOn: string; organisation: { name: string } }[];
};
type Page = {
  knowledgeGaps: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Gap[] };
};

async function gaps(variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await client.query<Page>(GAPS, { first: 100, ...variables }, headers);
  expect(res.errors).toBeUndefined();
  return res.data!.knowledgeGaps;
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  const em = db.orm.em.fork();
  p = await f.people(em, 'gap');
  parent = f.topic(em, 'Anbringelse');
  child = f.topic(em, 'Plejefamilier', parent);
  studied = f.topic(em, 'Skole');
  unrated = f.method(em, { name: 'Uvurderet metode', topics: [child], groups: [f.TargetGroup.FOSTER_CHILDREN] });
  weak = f.method(em, { name: 'Svag metode', topics: [studied] });
  f.vidensportal(em, weak, { economy: f.VidensportalGrade.D, implementation: f.VidensportalGrade.C });
  rated = f.method(em, { name: 'Vurderet metode', topics: [child], groups: [f.TargetGroup.SCHOOLS] });
  f.cebc(em, rated);
  membersOnly = f.method(em, { name: 'Medlemsmetode', visibility: f.Visibility.MEMBERS });
  for (let i = 0; i < 3; i++) {
    f.practiceCase(em, {
      organisation: p.municipality,
      topics: [child],
      methods: [unrated],
      groups: [f.TargetGroup.CARE_LEAVERS],
    });
    f.practiceCase(em, { organisation: p.municipality, topics: [studied], methods: [weak] });
  }
  f.study(em, { topics: [studied], methods: [rated], design: f.StudyDesign.RCT });
  await em.flush();
  memberCookie = await client.signIn(p.member.email, PASSWORD);
  researcherCookie = await client.signIn(p.researcher.email, PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const keys = (nodes: Gap[]) => nodes.map((g) => `${g.kind}:${g.label}`).sort();

describe('the gap map', () => {
  it('lists unrated and C/D-graded methods, topics without a study, and unmeasured target groups', async () => {
    const page = await gaps();
    expect(keys(page.nodes)).toEqual(
      [
        'METHOD_EVIDENCE:Svag metode',
        'METHOD_EVIDENCE:Uvurderet metode',
        'TOPIC_WITHOUT_STUDY:Plejefamilier',
        'UNMEASURED_OUTCOME:CARE_LEAVERS',
        'UNMEASURED_OUTCOME:FOSTER_CHILDREN',
      ].sort(),
    );
    expect(page.totalCount).toBe(5);
    const weakGap = page.nodes.find((g) => g.label === 'Svag metode')!;
    expect(weakGap.weakDimensions.sort()).toEqual(['ECONOMY', 'IMPLEMENTATION']);
    expect(weakGap.unrated).toBe(false);
    expect(weakGap.method?.name).toBe('Svag metode');
    const unratedGap = page.nodes.find((g) => g.label === 'Uvurderet metode')!;
    expect(unratedGap).toMatchObject({ unrated: true, caseCount: 3, weakDimensions: [] });
    expect(page.nodes.find((g) => g.kind === 'TOPIC_WITHOUT_STUDY')!.topic?.nameDa).toBe('Plejefamilier');
  });

  it('applies the read rule: a members-only method is a gap for members, not for the public', async () => {
    expect(keys((await gaps()).nodes)).not.toContain('METHOD_EVIDENCE:Medlemsmetode');
    expect(keys((await gaps({}, { cookie: memberCookie })).nodes)).toContain('METHOD_EVIDENCE:Medlemsmetode');
  });

  it('filters by kind and by topic (with the topics below it)', async () => {
    const topics = await gaps({ filter: { kinds: ['TOPIC_WITHOUT_STUDY'] } });
    expect(keys(topics.nodes)).toEqual(['TOPIC_WITHOUT_STUDY:Plejefamilier']);
    const inParent = await gaps({
      filter: { topic: encodeGlobalId('Topic', parent.id), kinds: ['METHOD_EVIDENCE', 'TOPIC_WITHOUT_STUDY'] },
    });
    expect(keys(inParent.nodes)).toEqual(['METHOD_EVIDENCE:Uvurderet metode', 'TOPIC_WITHOUT_STUDY:Plejefamilier']);
    const strict = await gaps({ filter: { kinds: ['TOPIC_WITHOUT_STUDY'], minCases: 4 } });
    expect(strict.nodes).toEqual([]);
  });

  it('pages forwards without gaps or repeats, keeping the total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page = await gaps({ first: 2, after });
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((g) => g.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('reads any page in the same few statements, whatever its size', async () => {
    const counts: number[] = [];
    for (const first of [5, 6]) {
      db.queries.length = 0;
      const res = await client.query<Page>(GAPS, { first }, { cookie: memberCookie });
      expect(res.errors).toBeUndefined();
      expect(res.data!.knowledgeGaps.nodes.length).toBe(first);
      counts.push(db.queries.filter((line) => line.includes('[query]')).length);
    }
    expect(counts[0]).toBe(counts[1]);
    // gaps + methods + topics + organisations, and at most one for the session
    expect(counts[1]).toBeLessThanOrEqual(5);
  });

  it('refuses a crafted cursor, a bad topic and backwards paging as bad input', async () => {
    for (const variables of [{ after: 'bm9wZQ' }, { filter: { topic: 'x' } }, { filter: { minCases: 0 } }]) {
      const res = await client.query(GAPS, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const back = await client.query('{ knowledgeGaps(last: 2) { totalCount } }');
    expect(back.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const MARK = `mutation($gap: ID!, $input: KnowledgeGapClaimInput!) {
  markKnowledgeGapStudied(gap: $gap, input: $input) {
    gap { studiedBy { contact expectedOn organisation { name } } } userErrors { field code }
  }
}`;

describe('marking a gap "we are studying this"', () => {
  const input = { contact: 'forsker@ucl.example', expectedOn: '2099-06-30' };

  it('lets a university college mark it and shows who works on it, contact for members only', async () => {
    const gap = gapGlobalId({ kind: KnowledgeGapKind.METHOD_EVIDENCE, subject: unrated.id });
    const res = await client.query<{ markKnowledgeGapStudied: { gap: Gap; userErrors: unknown[] } }>(
      MARK,
      { gap, input },
      { cookie: researcherCookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.markKnowledgeGapStudied.userErrors).toEqual([]);
    expect(res.data!.markKnowledgeGapStudied.gap.studiedBy).toEqual([
      { contact: input.contact, expectedOn: '2099-06-30', organisation: { name: p.university.name } },
    ]);
    const publicView = (await gaps()).nodes.find((g) => g.id === gap)!;
    expect(publicView.studiedBy).toEqual([
      { contact: null, expectedOn: '2099-06-30', organisation: { name: p.university.name } },
    ]);
    const memberView = (await gaps({}, { cookie: memberCookie })).nodes.find((g) => g.id === gap)!;
    expect(memberView.studiedBy[0]!.contact).toBe(input.contact);
  });

  it('refuses organisations that do not do research, and anonymous viewers', async () => {
    const gap = gapGlobalId({ kind: KnowledgeGapKind.METHOD_EVIDENCE, subject: weak.id });
    const res = await client.query(MARK, { gap, input }, { cookie: memberCookie });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await client.query(MARK, { gap, input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('tells each viewer whether they may mark gaps, by the same rule as the mutation', async () => {
    const em = db.orm.em.fork();
    const lapsed = await createOrganisation(em, {
      slug: 'gap-lapsed-ri',
      kind: OrganisationKind.RESEARCH_INSTITUTE,
      status: MembershipStatus.LAPSED,
    });
    const lapsedCookie = await client.signIn((await createMember(em, { organisation: lapsed })).email, PASSWORD);
    const may = async (headers: Record<string, string>) => {
      const res = await client.query<{ knowledgeGaps: { nodes: { viewerCanMarkStudied: boolean }[] } }>(
        '{ knowledgeGaps(first: 100) { nodes { viewerCanMarkStudied } } }',
        {},
        headers,
      );
      expect(res.errors).toBeUndefined();
      return [...new Set(res.data!.knowledgeGaps.nodes.map((n) => n.viewerCanMarkStudied))];
    };
    expect(await may({ cookie: researcherCookie })).toEqual([true]);
    expect(await may({ cookie: memberCookie })).toEqual([false]);
    expect(await may({})).toEqual([false]);
    expect(await may({ cookie: lapsedCookie })).toEqual([false]);
    const gap = gapGlobalId({ kind: KnowledgeGapKind.METHOD_EVIDENCE, subject: weak.id });
    const refused = await client.query(MARK, { gap, input }, { cookie: lapsedCookie });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a closed or unreadable gap, a bad ID and a past date with user errors', async () => {
    type R = { markKnowledgeGapStudied: { userErrors: { field: string; code: string }[] } };
    const closed = gapGlobalId({ kind: KnowledgeGapKind.METHOD_EVIDENCE, subject: rated.id });
    const hidden = gapGlobalId({ kind: KnowledgeGapKind.METHOD_EVIDENCE, subject: membersOnly.id });
    const open = gapGlobalId({ kind: KnowledgeGapKind.METHOD_EVIDENCE, subject: weak.id });
    const cases: [string, Record<string, unknown>, string][] = [
      [closed, input, 'NOT_FOUND'],
      ['not-a-gap', input, 'INVALID'],
      [open, { ...input, expectedOn: '2001-01-01' }, 'INVALID'],
      [open, { ...input, contact: ' ' }, 'INVALID'],
    ];
    for (const [gap, values, code] of cases) {
      const res = await client.query<R>(MARK, { gap, input: values }, { cookie: researcherCookie });
      expect(res.errors).toBeUndefined();
      expect(res.data!.markKnowledgeGapStudied.userErrors[0]?.code).toBe(code);
    }
    // The researcher's organisation has an active membership, so it reads members' content: still found.
    const res = await client.query<R>(MARK, { gap: hidden, input }, { cookie: researcherCookie });
    expect(res.data!.markKnowledgeGapStudied.userErrors).toEqual([]);
  });
});
