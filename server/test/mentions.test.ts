import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../src/modules/content/content.enums.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { MembershipStatus, type Organisation } from '../src/modules/organisation/organisation.entity.js';
import { sessionCookie } from './meetings/fixtures.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
const cookies = {} as Record<'viewer' | 'orgAdmin' | 'lapsed', string>;
let n = 0;
const methods = {} as Record<'ownA' | 'shared' | 'ownB', string>;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const a = await createOrganisation(em, { slug: 'mc-a' });
  const b = await createOrganisation(em, { slug: 'mc-b' });
  const lapsed = await createOrganisation(em, { slug: 'mc-lapsed', status: MembershipStatus.LAPSED });
  const person = (organisation: Organisation, name: string, role = MemberRole.MEMBER) =>
    createMember(em, { organisation, name, role, email: `p${++n}@mc.example` });
  cookies.viewer = await sessionCookie(em, await person(a, 'Hanna Viewer'));
  cookies.orgAdmin = await sessionCookie(em, await person(b, 'Org Admin', MemberRole.ORG_ADMIN));
  cookies.lapsed = await sessionCookie(em, await person(lapsed, 'Hans Udløbet'));
  await person(a, 'Anne Hansen');
  await person(a, 'Hans Jensen');
  await person(b, 'Johannes Berg');
  await person(b, 'Rabat 100%');
  (await person(a, 'Hanne Fratrådt')).deactivatedAt = new Date();
  for (let i = 0; i < 15; i++) await person(i % 2 ? a : b, `Søren Nummer ${i}`);
  await person(a, 'Kasper Andersen');
  await person(b, 'Kasper Berg');
  await person(b, 'Kasper Redaktør', MemberRole.EDITOR);
  await person(b, 'Kasper Admin', MemberRole.ADMIN);
  const method = (slug: string, visibility: Visibility, owner: Organisation | null) =>
    em.create(Method, { slug, name: slug, summary: 's', description: 'd', visibility, owner, publishedAt: new Date() });
  const ownA = method('mc-own-a', Visibility.ORGANISATION, a);
  const shared = method('mc-shared', Visibility.MEMBERS, null);
  const ownB = method('mc-own-b', Visibility.ORGANISATION, b);
  await em.flush();
  Object.assign(methods, { ownA: ownA.nodeId, shared: shared.nodeId, ownB: ownB.nodeId });
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Candidate = { id: string; name: string; email: string | null; organisation: { slug: string } };
const MENTION =
  'query($s: String!, $first: Int) { mentionCandidates(search: $s, first: $first) { id name email organisation { slug } } }';

async function candidates(search: string, cookie = cookies.viewer, first?: number): Promise<Candidate[]> {
  const res = await client.query<{ mentionCandidates: Candidate[] }>(MENTION, { s: search, first }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.mentionCandidates;
}

describe('mentionCandidates', () => {
  it('finds active members of active organisations by part of their name, best matches first', async () => {
    const found = await candidates('han');
    // Name starts with it, then a word starts with it, then anywhere; never the viewer, a former or lapsed member.
    expect(found.map((c) => c.name)).toEqual(['Hans Jensen', 'Anne Hansen', 'Johannes Berg']);
    expect(found.map((c) => c.organisation.slug)).toEqual(['mc-a', 'mc-a', 'mc-b']);
    expect(Buffer.from(found[0]!.id, 'base64').toString()).toMatch(/^Member:/);
    expect((await candidates('  HANS ')).map((c) => c.name)).toEqual(['Hans Jensen', 'Anne Hansen']);
    expect(await candidates('%')).toEqual([expect.objectContaining({ name: 'Rabat 100%' })]);
    expect(await candidates('_')).toEqual([]);
  });

  it('never shows other members’ e-mail addresses (an organisation’s admin sees only their own people’s)', async () => {
    expect((await candidates('han')).map((c) => c.email)).toEqual([null, null, null]);
    const byAdmin = await candidates('han', cookies.orgAdmin);
    expect(byAdmin.map((c) => [c.name, c.email !== null])).toEqual([
      ['Hanna Viewer', false],
      ['Hans Jensen', false],
      ['Anne Hansen', false],
      ['Johannes Berg', true],
    ]);
  });

  it('is for members with an active membership, with bounded input', async () => {
    const anonymous = await client.query(MENTION, { s: 'han' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const lapsed = await client.query(MENTION, { s: 'han' }, { cookie: cookies.lapsed });
    expect(lapsed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const [s, first] of [
      ['  ', 8],
      ['x'.repeat(101), 8],
      ['han', 0],
      ['han', 21],
    ] as const) {
      const res = await client.query(MENTION, { s, first }, { cookie: cookies.viewer });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('takes the same few statements for 2 or 20 candidates, and can use the trigram index', async () => {
    const statements = async (first: number) => {
      db.queries.length = 0;
      expect(await candidates('søren', cookies.viewer, first)).toHaveLength(Math.min(first, 15));
      return db.queries.filter((sql) => /^\s*select/i.test(sql)).length;
    };
    const few = await statements(2);
    expect(await statements(20)).toBe(few);
    expect(few).toBeLessThanOrEqual(5);

    const plan = await db.orm.em.fork().transactional(async (em) => {
      await em.execute('set local enable_seqscan = off');
      return em.execute<{ 'QUERY PLAN': string }[]>(`explain select id from member where name ilike '%søren%'`);
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('member_name_trgm_index');
  });

  it('offers only people who may read the discussion when told which one', async () => {
    const names = async (about: string) => {
      const res = await client.query<{ mentionCandidates: { name: string }[] }>(
        'query($about: ID) { mentionCandidates(search: "kasper", first: 20, about: $about) { name } }',
        { about },
        { cookie: cookies.viewer },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.mentionCandidates.map((c) => c.name).sort();
    };
    // The viewer's organisation's own method: its people and platform admins, not another organisation's editor.
    expect(await names(methods.ownA)).toEqual(['Kasper Admin', 'Kasper Andersen']);
    // A thread follows its subject.
    const started = await client.query<{ startThread: { thread: { id: string } } }>(
      'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } } }',
      { i: { about: methods.ownA, title: 'Intern', body: 'Kun for os.' } },
      { cookie: cookies.viewer },
    );
    expect(await names(started.data!.startThread.thread.id)).toEqual(['Kasper Admin', 'Kasper Andersen']);
    // Members' content: everyone with an active membership.
    expect(await names(methods.shared)).toEqual(['Kasper Admin', 'Kasper Andersen', 'Kasper Berg', 'Kasper Redaktør']);
    // Something the viewer may not read is not a way to learn who may.
    const hidden = await client.query(
      'query($about: ID) { mentionCandidates(search: "kasper", about: $about) { name } }',
      { about: methods.ownB },
      { cookie: cookies.viewer },
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
