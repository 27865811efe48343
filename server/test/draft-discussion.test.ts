import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let editor: string;
let member: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await createOrganisation(em, { slug: 'kladdekommune' });
  await createMember(em, { organisation: org, role: MemberRole.EDITOR });
  await createMember(em, { organisation: org });
  client = await createTestClient(db);
  editor = await client.signIn('editor@kladdekommune.example', PASSWORD);
  member = await client.signIn('member@kladdekommune.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Data = Record<string, { userErrors?: { code: string }[] } & Record<string, { id: string } | null>>;
const run = (cookie: string, query: string, variables: Record<string, unknown>) =>
  client.query<Data>(query, variables, { cookie });
const codes = (res: GraphQLResponse) => res.errors?.map((e) => e.extensions?.code);

const CREATE_METHOD = 'mutation($i: MethodInput!) { createMethod(input: $i) { method { id } } }';
const CREATE_CASE = 'mutation($i: CaseInput!) { createCase(input: $i) { case { id } userErrors { code } } }';
const PUBLISH = 'mutation($id: ID!) { publish(id: $id) { node { id } } }';
const UNPUBLISH = 'mutation($id: ID!) { unpublish(id: $id) { node { id } } }';
const START = `mutation($i: StartThreadInput!) {
  startThread(input: $i) { thread { id acceptsComments } userErrors { code } }
}`;
const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } userErrors { code } } }';
const OPEN = 'query($about: ID!) { discussionOpen(about: $about) }';
const thread = (about: string) => ({ i: { about, title: 'Spørgsmål', body: 'Hvordan gik det?' } });

describe('discussion on unpublished content', () => {
  it('is closed on a draft, even for the editors who can read it, and opens when it is published', async () => {
    const created = await run(editor, CREATE_METHOD, {
      i: { name: 'Kladdemetode', summary: 'Kort.', description: 'Lang.' },
    });
    const id = created.data!.createMethod!.method!.id;
    const open = async () => (await run(editor, OPEN, { about: id })).data?.discussionOpen as unknown as boolean;

    expect(await open()).toBe(false);
    const refused = await run(editor, START, thread(id));
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toMatch(/once what the discussion is about is published/);

    await run(editor, PUBLISH, { id });
    expect(await open()).toBe(true);
    const started = await run(editor, START, thread(id));
    expect(started.errors).toBeUndefined();
    const threadId = started.data!.startThread!.thread!.id;
    expect(started.data!.startThread!.thread).toMatchObject({ acceptsComments: true });

    // Taken back to a draft: its threads close too; nothing new can be said until it is published again.
    await run(editor, UNPUBLISH, { id });
    expect(await open()).toBe(false);
    const reply = await run(editor, ADD, { i: { threadId, body: 'Og nu?' } });
    expect(codes(reply)).toEqual(['FORBIDDEN']);
    const read = await run(editor, `query($id: ID!) { node(id: $id) { ... on Thread { acceptsComments } } }`, {
      id: threadId,
    });
    expect(read.data).toEqual({ node: { acceptsComments: false } });
  });

  it('is closed on a member’s own case proposal until an editor publishes it', async () => {
    const proposed = await run(member, CREATE_CASE, {
      i: { title: 'Vores lektiecafé', summary: 'Kort.', body: 'Sådan gjorde vi.', year: 2025 },
    });
    expect(proposed.data!.createCase!.userErrors).toEqual([]);
    const id = proposed.data!.createCase!.case!.id;
    expect((await run(member, OPEN, { about: id })).data).toEqual({ discussionOpen: false });
    expect(codes(await run(member, START, thread(id)))).toEqual(['FORBIDDEN']);
    await run(editor, PUBLISH, { id });
    const started = await run(member, START, thread(id));
    expect(started.errors).toBeUndefined();
    expect(started.data!.startThread!.userErrors).toEqual([]);
  });

  it('answers NOT_FOUND, not whether it is open, for a draft the viewer may not read', async () => {
    const created = await run(editor, CREATE_METHOD, { i: { name: 'Skjult', summary: 'K.', description: 'L.' } });
    const about = created.data!.createMethod!.method!.id;
    expect(codes(await client.query(OPEN, { about }))).toEqual(['NOT_FOUND']);
    expect(codes(await client.query('query($a: ID!) { threads(about: $a) { totalCount } }', { a: about }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
