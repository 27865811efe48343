import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { AuditEntry } from '../src/modules/audit/audit.entity.js';
import { Case } from '../src/modules/case/case.entity.js';
import { EvidenceRating } from '../src/modules/evidence/evidence-rating.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { Talk } from '../src/modules/talk/talk.entity.js';
import { Topic } from '../src/modules/topic/topic.entity.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import type { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let editor: string;
let org: Organisation;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await createOrganisation(em, { slug: 'redaktionen' });
  await createMember(em, { organisation: org, role: MemberRole.EDITOR });
  client = await createTestClient(db);
  editor = await client.signIn('editor@redaktionen.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type UserErrors = { field: string | null; code: string; message: string }[];
type Result = Record<string, ({ userErrors: UserErrors } & Record<string, Record<string, unknown> | null>) | null>;

/** Runs a mutation as the editor and returns its one payload. */
async function edit(mutation: string, variables: Record<string, unknown>) {
  const res = await client.query<Result>(mutation, variables, { cookie: editor });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
}
const count = (entity: typeof Method | typeof Topic | typeof AuditEntry | typeof EvidenceRating | typeof Talk) =>
  db.orm.em.fork().count(entity as typeof Method, {});
const missingTopic = encodeGlobalId('Topic', randomUUID());

const CREATE_TOPIC =
  'mutation($i: TopicInput!) { createTopic(input: $i) { topic { id slug parent { slug } } userErrors { field code message } } }';
const UPDATE_TOPIC =
  'mutation($id: ID!, $i: TopicInput!) { updateTopic(id: $id, input: $i) { topic { id parent { slug } } userErrors { field code message } } }';
const CREATE_METHOD =
  'mutation($i: MethodInput!) { createMethod(input: $i) { method { id slug name publishedAt visibility evidenceStrength } userErrors { field code message } } }';
const UPDATE_METHOD =
  'mutation($id: ID!, $i: MethodInput!) { updateMethod(id: $id, input: $i) { method { id name website } userErrors { field code message } } }';
const method = { name: 'Skoleteam i Fjordby', summary: 'Et tværfagligt team.', description: 'Længere tekst.' };

describe('topics', () => {
  it('creates a tree and refuses cycles', async () => {
    const root = await edit(CREATE_TOPIC, { i: { nameDa: 'Skole og læring', nameEn: 'School' } });
    expect(root.topic).toMatchObject({ slug: 'skole-og-laering', parent: null });
    const child = await edit(CREATE_TOPIC, { i: { nameDa: 'Lektier', nameEn: 'Homework', parent: root.topic!.id } });
    expect(child.topic).toMatchObject({ parent: { slug: 'skole-og-laering' } });
    const loop = await edit(UPDATE_TOPIC, { id: root.topic!.id, i: { parent: child.topic!.id } });
    expect(loop.userErrors).toMatchObject([{ field: 'input.parent', code: 'INVALID' }]);
    const self = await edit(UPDATE_TOPIC, { id: root.topic!.id, i: { parent: root.topic!.id } });
    expect(self.userErrors).toMatchObject([{ field: 'input.parent', code: 'INVALID' }]);
    const moved = await edit(UPDATE_TOPIC, { id: child.topic!.id, i: { parent: null } });
    expect(moved.topic).toMatchObject({ parent: null });
  });
});

describe('methods', () => {
  it('creates a draft, updates it and records both in the audit trail', async () => {
    const created = await edit(CREATE_METHOD, { i: method });
    expect(created.userErrors).toEqual([]);
    expect(created.method).toMatchObject({ slug: 'skoleteam-i-fjordby', publishedAt: null, visibility: 'PUBLIC' });
    const updated = await edit(UPDATE_METHOD, {
      id: created.method!.id,
      i: { name: 'Skoleteam', website: 'https://skoleteam.dk' },
    });
    expect(updated.method).toMatchObject({ name: 'Skoleteam', website: 'https://skoleteam.dk' });
    const trail = await db.orm.em.fork().find(AuditEntry, { subjectId: created.method!.id as string });
    expect(trail.map((e) => e.action).sort()).toEqual(['method.create', 'method.update']);
  });

  it('refuses script tags, bad URLs and overlong text as user errors, storing nothing', async () => {
    const before = [await count(Method), await count(AuditEntry)];
    const bad = await edit(CREATE_METHOD, {
      i: { ...method, summary: 'Se <script>alert(1)</script>', website: 'ftp://x', name: 'x'.repeat(301) },
    });
    expect(bad.method).toBeNull();
    expect(bad.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'input.summary', code: 'UNSAFE_CONTENT' }),
        expect.objectContaining({ field: 'input.website', code: 'INVALID' }),
        expect.objectContaining({ field: 'input.name', code: 'TOO_LONG' }),
      ]),
    );
    expect([await count(Method), await count(AuditEntry)]).toEqual(before);
  });

  it('stores nothing when a referenced topic does not exist, even with a later mutation in the request', async () => {
    const before = [await count(Method), await count(AuditEntry), await count(Topic)];
    const res = await client.query<Result>(
      `mutation($m: MethodInput!, $t: TopicInput!) {
        a: createMethod(input: $m) { method { id } userErrors { field code } }
        b: createTopic(input: $t) { topic { id } userErrors { field code } }
      }`,
      { m: { ...method, name: 'Halvvejs', topics: [missingTopic] }, t: { nameDa: 'Efterværn', nameEn: 'Aftercare' } },
      { cookie: editor },
    );
    expect(res.data!.a!.userErrors).toMatchObject([{ field: 'input.topics', code: 'NOT_FOUND' }]);
    expect(res.data!.b!.userErrors).toEqual([]);
    const found = await db.orm.em.fork().count(Method, { name: 'Halvvejs' });
    expect(found).toBe(0);
    expect([await count(Method), await count(AuditEntry), await count(Topic)]).toEqual([
      before[0],
      before[1]! + 1,
      before[2]! + 1,
    ]);
  });

  it('stores no half-made case either (the case template runs in one transaction too)', async () => {
    const res = await client.query<Result>(
      `mutation($c: CaseInput!, $t: TopicInput!) {
        a: createCase(input: $c) { case { id } userErrors { field code } }
        b: createTopic(input: $t) { topic { id } userErrors { field code } }
      }`,
      {
        c: { title: 'Halvvejs sag', summary: 's', body: 'b', year: 2025, topics: [missingTopic] },
        t: { nameDa: 'Plejefamilier', nameEn: 'Foster care' },
      },
      { cookie: editor },
    );
    expect(res.data!.a!.userErrors).toMatchObject([{ field: 'input.topics', code: 'NOT_FOUND' }]);
    expect(await db.orm.em.fork().count(Case, { title: 'Halvvejs sag' })).toBe(0);
  });

  it('needs an owner for ORGANISATION visibility', async () => {
    const res = await edit(CREATE_METHOD, { i: { ...method, visibility: 'ORGANISATION' } });
    expect(res.userErrors).toMatchObject([{ field: 'input.owner', code: 'REQUIRED' }]);
    const owned = await edit(CREATE_METHOD, {
      i: { ...method, visibility: 'ORGANISATION', owner: encodeGlobalId('Organisation', org.id) },
    });
    expect(owned.userErrors).toEqual([]);
  });
});

const CREATE_RATING =
  'mutation($m: ID!, $i: EvidenceRatingInput!) { createEvidenceRating(method: $m, input: $i) { evidenceRating { id value strength method { evidenceStrength } } userErrors { field code message } } }';
const UPDATE_RATING =
  'mutation($id: ID!, $i: EvidenceRatingInput!) { updateEvidenceRating(id: $id, input: $i) { evidenceRating { value strength method { evidenceStrength } } userErrors { field code message } } }';

describe('evidence ratings', () => {
  it('validates per scheme and recomputes the method’s strength', async () => {
    const created = await edit(CREATE_METHOD, { i: { ...method, name: 'Rated' } });
    const m = created.method!.id as string;
    const rating = { ratedOn: '2024-05-01', source: 'CEBC' };
    const wrong = await edit(CREATE_RATING, { m, i: { ...rating, scheme: 'CEBC', value: '7' } });
    expect(wrong.userErrors).toMatchObject([{ field: 'input.value', code: 'INVALID' }]);
    const noDimensions = await edit(CREATE_RATING, { m, i: { ...rating, scheme: 'VIDENSPORTAL' } });
    expect(noDimensions.userErrors).toMatchObject([{ field: 'input.dimensions' }]);
    expect(await db.orm.em.fork().count(EvidenceRating, { method: decode(m) })).toBe(0);

    const dimensions = { targetGroup: 'A', method: 'A', implementation: 'B', effect: 'B', economy: 'D' };
    const vp = await edit(CREATE_RATING, { m, i: { ...rating, scheme: 'VIDENSPORTAL', dimensions } });
    expect(vp.evidenceRating).toMatchObject({
      value: 'B',
      strength: 'MODERATE',
      method: { evidenceStrength: 'MODERATE' },
    });
    const cebc = await edit(CREATE_RATING, { m, i: { ...rating, scheme: 'CEBC', value: '1' } });
    expect(cebc.evidenceRating).toMatchObject({ strength: 'STRONG', method: { evidenceStrength: 'STRONG' } });
    const lowered = await edit(UPDATE_RATING, { id: cebc.evidenceRating!.id, i: { value: '4' } });
    expect(lowered.evidenceRating).toMatchObject({ value: '4', method: { evidenceStrength: 'MODERATE' } });
  });
});

function decode(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().split(':')[1]!;
}
