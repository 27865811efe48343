import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoContent } from '../../seeds/demo/types.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { OrganisationKind, type Organisation } from '../src/modules/organisation/organisation.entity.js';
import { seedContent } from '../src/seeding/seed.js';
import { Session } from '../src/modules/auth/auth.entities.js';
import { purgeExpired } from '../src/modules/privacy/retention.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createMethod, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let organisation: Organisation;
let methodId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  organisation = await createOrganisation(em, { slug: 'privat-kommune' });
  await createMember(em, { organisation, email: 'writer@p.example', name: 'Skriver Skrivesen' });
  await createMember(em, { organisation, role: MemberRole.ORG_ADMIN, email: 'admin@p.example' });
  methodId = encodeGlobalId('Method', (await createMethod(em)).id);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

/** Seed content of one organisation and one case with the given body, as a script would load it. */
function seedOfOneCase(slug: string, body: string): DemoContent {
  const organisation = `${slug}-org`;
  return {
    organisations: [
      {
        slug: organisation,
        name: 'Seedkommune',
        kind: OrganisationKind.MUNICIPALITY,
        description: 'd',
        isExample: true,
        memberships: [],
      },
    ],
    topics: [],
    studies: [],
    methods: [],
    cases: [
      {
        slug,
        title: 'Et eksempel',
        summary: 's',
        body,
        organisation,
        year: 2025,
        targetGroups: [],
        topics: [],
        methods: [],
        isExample: true,
        visibility: Visibility.PUBLIC,
      },
    ],
    events: [],
    talks: [],
    workshops: [],
    reports: [],
  };
}

const CREATE_CASE =
  'mutation($i: CaseInput!) { createCase(input: $i) { case { id } userErrors { field code message } } }';
type CaseResult = {
  createCase: { case: { id: string } | null; userErrors: { field: string; code: string; message: string }[] };
};
const caseInput = (body: string, extra: Record<string, unknown> = {}) => ({
  i: { title: 'Lektiehjælp i plejefamilien', summary: 'Kort resumé', body, year: 2025, ...extra },
});

describe('the personal-data guard', () => {
  it('refuses a CPR number in a case and points at it, storing nothing', async () => {
    const cookie = await client.signIn('writer@p.example', PASSWORD);
    const res = await client.query<CaseResult>(CREATE_CASE, caseInput('Barnet (010190-1234) fik hjælp.'), { cookie });
    expect(res.data!.createCase.case).toBeNull();
    expect(res.data!.createCase.userErrors[0]).toMatchObject({ field: 'input.body', code: 'PERSONAL_DATA' });
    expect(res.data!.createCase.userErrors[0]!.message).toContain('characters 9–19');
    expect(res.data!.createCase.userErrors[0]!.message).not.toMatch(/\d{6}/);
    const stored = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>("select count(*)::int as n from practice_case where body like '%1234%'");
    expect(stored[0]!.n).toBe(0);
  });

  it('warns about a likely name next to a child, and accepts it once the writer confirms', async () => {
    const cookie = await client.signIn('writer@p.example', PASSWORD);
    const body = 'Drengen Mikkel Hansen på 9 år fik en mentor.';
    const warned = await client.query<CaseResult>(CREATE_CASE, caseInput(body), { cookie });
    expect(warned.data!.createCase.userErrors[0]).toMatchObject({ field: 'input.body', code: 'PERSONAL_DATA_WARNING' });
    const confirmed = await client.query<CaseResult>(CREATE_CASE, caseInput(body, { confirmPersonalData: true }), {
      cookie,
    });
    expect(confirmed.data!.createCase.userErrors).toEqual([]);
    const cpr = await client.query<CaseResult>(
      CREATE_CASE,
      caseInput('cpr 0101901234', { confirmPersonalData: true }),
      { cookie },
    );
    expect(cpr.data!.createCase.userErrors[0]!.code).toBe('PERSONAL_DATA');
  });

  it('refuses CPR numbers in comments and thread titles', async () => {
    const cookie = await client.signIn('writer@p.example', PASSWORD);
    const res = await client.query<{ startThread: { thread: null; userErrors: { field: string; code: string }[] } }>(
      'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } userErrors { field code } } }',
      { i: { about: methodId, title: 'Om 010190 1234', body: 'Se 01.01.90-1234' } },
      { cookie },
    );
    expect(res.data!.startThread.userErrors.map((e) => [e.field, e.code])).toEqual([
      ['input.title', 'PERSONAL_DATA'],
      ['input.body', 'PERSONAL_DATA'],
    ]);
  });

  it('refuses CPR numbers written to slip past: other dashes and digits, invisible characters, Markdown', async () => {
    const cookie = await client.signIn('writer@p.example', PASSWORD);
    for (const [title, body] of [
      ['Om ٠١٠١٩٠–١٢٣٤', 'Se **010190**\\-1234'],
      ['Om 0101\u200B90 - 1234', 'Se `010190`/1234'],
    ] as const) {
      const res = await client.query<{ startThread: { thread: null; userErrors: { field: string; code: string }[] } }>(
        'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } userErrors { field code } } }',
        { i: { about: methodId, title, body } },
        { cookie },
      );
      expect(res.data!.startThread.userErrors.map((e) => [e.field, e.code])).toEqual([
        ['input.title', 'PERSONAL_DATA'],
        ['input.body', 'PERSONAL_DATA'],
      ]);
    }
    // The last wall (every flush, whatever writes) normalises too.
    const content = seedOfOneCase('cpr-variant-i-seed', 'Født ０１０１９０－１２３４');
    await expect(seedContent(db.orm.em, content)).rejects.toThrow(/CPR/);
  });

  it('cannot be skipped by writing outside GraphQL (the seeder, scripts)', async () => {
    const content = seedOfOneCase('cpr-i-seed', 'Født 010190-1234');
    await expect(seedContent(db.orm.em, content)).rejects.toThrow(/CPR/);
    const stored = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>("select count(*)::int as n from practice_case where slug = 'cpr-i-seed'");
    expect(stored[0]!.n).toBe(0);
  });
});

describe("members' own data", () => {
  it('exports everything about a member, then deletes them leaving only anonymised comments', async () => {
    const em = db.orm.em.fork();
    await createMember(em, { organisation, email: 'leaving@p.example', name: 'Lise Afrejse' });
    const cookie = await client.signIn('leaving@p.example', PASSWORD);
    const started = await client.query<{
      startThread: { thread: { id: string; comments: { nodes: { id: string }[] } } };
    }>(
      'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id comments { nodes { id } } } } }',
      { i: { about: methodId, title: 'Farvel', body: 'Første udgave' } },
      { cookie },
    );
    const thread = started.data!.startThread.thread;
    await client.query(
      'mutation($id: ID!) { editComment(id: $id, body: "Anden udgave") { comment { id } } }',
      { id: thread.comments.nodes[0]!.id },
      { cookie },
    );
    await client.query(
      'mutation { createApiToken(input: { name: "Mit script", scopes: [READ] }) { secret } }',
      {},
      { cookie },
    );

    const exported = await client.query<{ exportMyData: Record<string, unknown> }>('{ exportMyData }', {}, { cookie });
    const data = exported.data!.exportMyData as {
      profile: { email: string };
      comments: { body: string; earlierVersions: { body: string }[] }[];
      apiTokens: { name: string }[];
    };
    expect(data.profile.email).toBe('leaving@p.example');
    expect(data.comments[0]).toMatchObject({ body: 'Anden udgave', earlierVersions: [{ body: 'Første udgave' }] });
    expect(data.apiTokens[0]!.name).toBe('Mit script');
    for (const key of ['registrations', 'workshopOutputs', 'shareLinks', 'notifications', 'follows', 'sessions']) {
      expect(Array.isArray((data as Record<string, unknown>)[key])).toBe(true);
    }
    expect(JSON.stringify(data)).not.toMatch(/scrypt|secretHash|passwordHash|vbt_[A-Za-z0-9_-]{20}/);

    const wrong = await client.query<{ deleteMyAccount: { userErrors: { code: string }[] } }>(
      'mutation { deleteMyAccount(confirmEmail: "nope@x.dk") { deleted userErrors { code } } }',
      {},
      { cookie },
    );
    expect(wrong.data!.deleteMyAccount.userErrors[0]!.code).toBe('INVALID');
    const deleted = await client.query<{ deleteMyAccount: { deleted: boolean } }>(
      'mutation { deleteMyAccount(confirmEmail: "Leaving@p.example") { deleted userErrors { code } } }',
      {},
      { cookie },
    );
    expect(deleted.data!.deleteMyAccount.deleted).toBe(true);

    // Nothing of the person is left in any table, except their (now anonymous) comments.
    const rows = await em.getConnection().execute<{ found: string }[]>(
      `select t.table_name as found from information_schema.tables t
       where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
         and (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I x where x::text ilike %L or x::text ilike %L', t.table_name, '%leaving@p.example%', '%Lise Afrejse%'), false, true, '')))[1]::text::int > 0`,
    );
    expect(rows).toEqual([]);
    const admin = await client.signIn('admin@p.example', PASSWORD);
    const read = await client.query<{
      node: { author: null; comments: { nodes: { authorName: string; author: null; bodyHtml: string }[] } };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Thread { author { id } comments { nodes { authorName author { id } bodyHtml } } } } }',
      { id: thread.id },
      { cookie: admin },
    );
    expect(read.data!.node.author).toBeNull();
    expect(read.data!.node.comments.nodes[0]).toEqual({
      authorName: 'Tidligere medlem',
      author: null,
      bodyHtml: '<p>Anden udgave</p>\n',
    });
    expect((await client.query('{ viewer { member { id } } }', {}, { cookie })).data).toEqual({ viewer: null });
  });

  it('lets an org admin delete a person who left, but not a member', async () => {
    const em = db.orm.em.fork();
    const gone = await createMember(em, { organisation, email: 'gone@p.example', name: 'Gorm Gået' });
    const member = await client.signIn('writer@p.example', PASSWORD);
    const id = encodeGlobalId('Member', gone.id);
    expect(
      (await client.query('mutation($id: ID!) { deleteMember(id: $id) { deleted } }', { id }, { cookie: member }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const admin = await client.signIn('admin@p.example', PASSWORD);
    const res = await client.query<{ deleteMember: { deleted: boolean } }>(
      'mutation($id: ID!) { deleteMember(id: $id) { deleted } }',
      { id },
      { cookie: admin },
    );
    expect(res.data!.deleteMember.deleted).toBe(true);
    const audit = await em
      .getConnection()
      .execute<{ action: string; subject_label: string | null }[]>(
        "select action, subject_label from audit_entry where action = 'member.delete'",
      );
    expect(audit).toEqual([{ action: 'member.delete', subject_label: null }]);
  });
});

describe('retention', () => {
  it('flags drafts untouched for a year to their organisation, and purges expired sessions and used invitations', async () => {
    const cookie = await client.signIn('writer@p.example', PASSWORD);
    const created = await client.query<CaseResult>(CREATE_CASE, caseInput('Et gammelt udkast.'), { cookie });
    const id = created.data!.createCase.case!.id;
    const uuid = Buffer.from(id, 'base64').toString().split(':')[1]!;
    const em = db.orm.em.fork();
    const stale = () =>
      client.query<{ staleDrafts: { nodes: { id: string }[] } }>(
        '{ staleDrafts(first: 100) { nodes { ... on Node { id } } } }',
        {},
        { cookie },
      );
    const first = await stale();
    expect(first.errors).toBeUndefined();
    expect(first.data!.staleDrafts.nodes.map((n) => n.id)).not.toContain(id);
    await em
      .getConnection()
      .execute("update practice_case set updated_at = now() - interval '13 months' where id = ?", [uuid]);
    expect((await stale()).data!.staleDrafts.nodes.map((n) => n.id)).toContain(id);

    await em
      .getConnection()
      .execute("update session set expires_at = now() - interval '1 day' where id in (select id from session limit 1)");
    const before = await em.count(Session);
    const purged = await purgeExpired(em);
    expect(purged.sessions).toBe(1);
    expect(await em.count(Session)).toBe(before - 1);
  });
});

describe('stale drafts of every type', () => {
  it('lists an old method draft of the organisation with its old case, oldest first, paging across both types', async () => {
    const cookie = await client.signIn('writer@p.example', PASSWORD);
    const created = await client.query<CaseResult>(CREATE_CASE, caseInput('Endnu et gammelt udkast.'), { cookie });
    const caseId = created.data!.createCase.case!.id;
    const uuidOf = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;
    const connection = db.orm.em.fork().getConnection();
    // Cursors carry milliseconds, as the app writes times; raw `now()` here (and above) has microseconds.
    await connection.execute("update practice_case set updated_at = date_trunc('milliseconds', updated_at)");
    await connection.execute(
      "update method set published_at = null, owner_id = ?, updated_at = date_trunc('second', now()) - interval '14 months' where id = ?",
      [organisation.id, uuidOf(methodId)],
    );
    await connection.execute(
      "update practice_case set updated_at = date_trunc('second', now()) - interval '13 months' where id = ?",
      [uuidOf(caseId)],
    );
    type Page = {
      staleContent: {
        nodes: { __typename: string; id: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      };
    };
    const page = (after: string | null) =>
      client.query<Page>(
        'query($after: String) { staleContent(first: 1, after: $after) { nodes { __typename ... on Node { id } } pageInfo { hasNextPage endCursor } totalCount } }',
        { after },
        { cookie },
      );
    const all = await client.query<Page>(
      '{ staleContent(first: 100) { nodes { __typename ... on Node { id } } totalCount } }',
      {},
      { cookie },
    );
    expect(all.errors).toBeUndefined();
    const ids = all.data!.staleContent.nodes.map((n) => n.id);
    expect(all.data!.staleContent.nodes).toContainEqual({ __typename: 'Method', id: methodId });
    expect(ids.indexOf(methodId)).toBeLessThan(ids.indexOf(caseId));
    expect(all.data!.staleContent.totalCount).toBe(ids.length);

    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < ids.length; i++) {
      const res = await page(after);
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.staleContent.nodes.map((n) => n.id));
      expect(res.data!.staleContent.pageInfo.hasNextPage).toBe(i < ids.length - 1);
      after = res.data!.staleContent.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);

    // The deprecated staleDrafts still answers as before: cases only.
    const cases = await client.query<{ staleDrafts: { nodes: { id: string }[] } }>(
      '{ staleDrafts(first: 100) { nodes { id } } }',
      {},
      { cookie },
    );
    expect(cases.data!.staleDrafts.nodes.map((n) => n.id)).toContain(caseId);
    expect(cases.data!.staleDrafts.nodes.map((n) => n.id)).not.toContain(methodId);
  });
});

describe('the guard on every editing path', () => {
  it.each([
    [
      'createMethod',
      'mutation($t: String!) { createMethod(input: { name: "Metode", summary: $t, description: "x" }) { userErrors { field code } } }',
    ],
    [
      'createStudy',
      'mutation($t: String!) { createStudy(input: { title: "Studie", abstract: $t, design: RCT, year: 2020, publisher: "P" }) { userErrors { field code } } }',
    ],
    [
      'createTopic',
      'mutation($t: String!) { createTopic(input: { nameDa: $t, nameEn: "Topic" }) { userErrors { field code } } }',
    ],
    [
      'createCase',
      'mutation($t: String!) { createCase(input: { title: "Titel", summary: "Resumé", body: $t, year: 2024 }) { userErrors { field code } } }',
    ],
  ])('%s refuses a CPR number', async (name, mutation) => {
    const em = db.orm.em.fork();
    const email = `editor-${name.toLowerCase()}@p.example`;
    await createMember(em, { organisation, role: MemberRole.EDITOR, email });
    const cookie = await client.signIn(email, PASSWORD);
    const res = await client.query<Record<string, { userErrors: { field: string; code: string }[] }>>(
      mutation,
      { t: 'Barnet har cpr 010190-1234' },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data![name]!.userErrors.map((e) => e.code)).toContain('PERSONAL_DATA');
  });
});
