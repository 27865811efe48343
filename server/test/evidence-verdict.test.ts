import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { Migration20261215090000_evidence_verdict } from '../src/platform/migrations/Migration20261215090000_evidence_verdict.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let editor: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await createOrganisation(em, { slug: 'verdikt' });
  await createMember(em, { organisation: org, role: MemberRole.EDITOR });
  client = await createTestClient(db);
  editor = await client.signIn('editor@verdikt.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Payload = { userErrors: { field: string | null; code: string }[] } & Record<
  string,
  Record<string, unknown> | null
>;

async function edit(mutation: string, variables: Record<string, unknown>): Promise<Payload> {
  const res = await client.query<Record<string, Payload>>(mutation, variables, { cookie: editor });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

const CREATE_METHOD =
  'mutation($i: MethodInput!) { createMethod(input: $i) { method { id } userErrors { field code } } }';
const CREATE_STUDY = 'mutation($i: StudyInput!) { createStudy(input: $i) { study { id } userErrors { field code } } }';
const RATE = `mutation($m: ID!, $i: EvidenceRatingInput!) {
  createEvidenceRating(method: $m, input: $i) { evidenceRating { id url sourceUrl } userErrors { field code } }
}`;
const PUBLISH = 'mutation($id: ID!) { publish(id: $id) { userErrors { code } } }';
const VERDICT = `query($id: ID!) { node(id: $id) { ... on Method {
  evidenceStrength evidenceVerdict { strength scheme agreeing total }
} } }`;

async function methodWith(name: string, ratings: Record<string, unknown>[]): Promise<string> {
  const created = await edit(CREATE_METHOD, { i: { name, summary: 'Kort.', description: 'Lang.' } });
  const id = created.method!.id as string;
  for (const i of ratings) expect((await edit(RATE, { m: id, i })).userErrors).toEqual([]);
  expect((await edit(PUBLISH, { id })).userErrors).toEqual([]);
  return id;
}
const on = (scheme: string, value: string, ratedOn = '2024-05-01') => ({ scheme, value, ratedOn, source: scheme });

async function verdict(id: string) {
  const res = await client.query<{ node: Record<string, unknown> }>(VERDICT, { id });
  expect(res.errors).toBeUndefined();
  return res.data!.node;
}

describe('the evidence verdict', () => {
  let moderate: string;
  let cautious: string;

  beforeAll(async () => {
    // One scheme says strong, the editors and two more say moderate: the verdict must not be "strong".
    moderate = await methodWith('Moderat metode', [
      on('EIF', '4'),
      on('BLUEPRINTS', 'PROMISING'),
      {
        scheme: 'VIDENSPORTAL',
        ratedOn: '2022-06-01',
        source: 'Vidensportalen',
        dimensions: { targetGroup: 'B', method: 'B', implementation: 'B', effect: 'B', economy: 'C' },
      },
      on('VIDENSBRO', 'MODERATE', '2026-02-01'),
    ]);
    // No editorial grade yet: CEBC's newest rating (1) replaced an older 5; EIF and WWC say promising.
    cautious = await methodWith('Forsigtig metode', [
      on('CEBC', '5', '2019-01-01'),
      on('CEBC', '1', '2024-01-01'),
      on('EIF', '2'),
      on('WWC', 'MIXED'),
    ]);
  });

  it('leads with the editors’ grade and says how many ratings agree; the old field stays the strongest', async () => {
    expect(await verdict(moderate)).toEqual({
      evidenceStrength: 'STRONG',
      evidenceVerdict: { strength: 'MODERATE', scheme: 'VIDENSBRO', agreeing: 3, total: 4 },
    });
  });

  it('is the cautious middle of the current ratings while the editors have not graded', async () => {
    expect(await verdict(cautious)).toEqual({
      evidenceStrength: 'STRONG',
      evidenceVerdict: { strength: 'PROMISING', scheme: null, agreeing: 2, total: 3 },
    });
  });

  it('is what minEvidenceStrength filters and EVIDENCE_STRENGTH sorts by', async () => {
    const res = await client.query<{ strong: { nodes: { name: string }[] }; sorted: { nodes: { name: string }[] } }>(
      `{ strong: methods(first: 50, filter: { minEvidenceStrength: STRONG }) { nodes { name } }
         moderate: methods(first: 50, filter: { minEvidenceStrength: MODERATE }) { nodes { name } }
         sorted: methods(first: 50, orderBy: { field: EVIDENCE_STRENGTH }) { nodes { name } } }`,
    );
    expect(res.errors).toBeUndefined();
    const data = res.data as unknown as Record<string, { nodes: { name: string }[] }>;
    expect(data.strong!.nodes).toEqual([]);
    expect(data.moderate!.nodes.map((n) => n.name)).toEqual(['Moderat metode']);
    expect(data.sorted!.nodes.map((n) => n.name)).toEqual(['Moderat metode', 'Forsigtig metode']);
  });

  it('follows a changed editorial grade', async () => {
    const id = await methodWith('Skiftende metode', [on('CEBC', '2'), on('VIDENSBRO', 'PROMISING', '2025-01-01')]);
    expect(await verdict(id)).toMatchObject({ evidenceVerdict: { strength: 'PROMISING', agreeing: 1, total: 2 } });
    await edit(RATE, { m: id, i: on('VIDENSBRO', 'MODERATE', '2026-01-01') });
    expect(await verdict(id)).toMatchObject({
      evidenceVerdict: { strength: 'MODERATE', scheme: 'VIDENSBRO', agreeing: 2, total: 2 },
    });
  });

  it('is filled in for existing methods by the migration, by the same rule', async () => {
    const em = db.orm.em.fork();
    const before = await em.find(Method, {}, { orderBy: { name: 'asc' } });
    expect(before.length).toBeGreaterThanOrEqual(3);
    await em.getConnection().execute(
      `update method set verdict_strength = 'NOT_RATED', verdict_score = 0, verdict_scheme = null,
         verdict_agreeing = 0, verdict_total = 0`,
    );
    const migration = new Migration20261215090000_evidence_verdict(em.getDriver(), db.orm.config);
    await migration.up();
    const backfill = migration.getQueries().at(-1);
    if (typeof backfill !== 'string') throw new Error('The backfill is the migration’s last statement, as SQL.');
    await em.getConnection().execute(backfill);
    const after = await db.orm.em.fork().find(Method, {}, { orderBy: { name: 'asc' } });
    const shape = (m: Method) => [
      m.name,
      m.verdictStrength,
      m.verdictScore,
      m.verdictScheme,
      m.verdictAgreeing,
      m.verdictTotal,
    ];
    expect(after.map(shape)).toEqual(before.map(shape));
  });
});

describe('where a rating can be read', () => {
  it('links its own page, else its study’s, else the scheme’s home page; Vidensbro’s own needs a link', async () => {
    const created = await edit(CREATE_METHOD, { i: { name: 'Linket metode', summary: 'Kort.', description: 'Lang.' } });
    const m = created.method!.id as string;
    const study = await edit(CREATE_STUDY, {
      i: {
        title: 'Et forsøg',
        abstract: 'Fund.',
        design: 'RCT',
        year: 2020,
        publisher: 'X',
        url: 'https://example.org/rct',
      },
    });
    const own = await edit(RATE, { m, i: { ...on('CEBC', '2'), url: 'https://www.cebc4cw.org/program/x/' } });
    expect(own.evidenceRating).toMatchObject({
      url: 'https://www.cebc4cw.org/program/x/',
      sourceUrl: 'https://www.cebc4cw.org/program/x/',
    });
    const viaStudy = await edit(RATE, { m, i: { ...on('EIF', '3'), study: study.study!.id } });
    expect(viaStudy.evidenceRating).toMatchObject({ url: null, sourceUrl: 'https://example.org/rct' });
    const home = await edit(RATE, { m, i: on('WWC', 'POSITIVE') });
    expect(home.evidenceRating).toMatchObject({ sourceUrl: 'https://ies.ed.gov/ncee/wwc/' });
    const editorial = await edit(RATE, { m, i: on('VIDENSBRO', 'MODERATE') });
    expect(editorial.evidenceRating).toMatchObject({ sourceUrl: null });
    const bad = await edit(RATE, { m, i: { ...on('CEBC', '1'), url: 'javascript:alert(1)' } });
    expect(bad.userErrors).toMatchObject([{ field: 'input.url' }]);
  });
});
