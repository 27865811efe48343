import { randomUUID } from 'node:crypto';
import { Cursor } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { getNamedType, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../seeds/demo/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { getSchema } from '../src/graphql/schema.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { seedContent } from '../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation } from './helpers/factories.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './helpers/graphql.js';
import { sessionCookie } from './meetings/fixtures.js';

/**
 * Crafted cursors and IDs, on every list and every ID argument of the schema: each answer is data or a coded
 * client error, never INTERNAL_SERVER_ERROR, and the server keeps answering.
 */
let db: TestDatabase;
let client: TestClient;
const headers: Record<'admin' | 'member', Record<string, string>> = { admin: {}, member: {} };
let hiddenMethod: string;
const seed = Number(process.env.FC_SEED ?? 20_261_206);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
  client = await createTestClient(db);
  const em = db.orm.em.fork();
  const mine = await createOrganisation(em, { slug: 'fuzz-a' });
  const theirs = await createOrganisation(em, { slug: 'fuzz-b' });
  headers.admin = {
    cookie: await sessionCookie(em, await createMember(em, { organisation: mine, role: MemberRole.ADMIN })),
  };
  headers.member = { cookie: await sessionCookie(em, await createMember(em, { organisation: mine })) };
  const method = em.create(Method, {
    slug: 'fuzz-hidden',
    name: 'Skjult',
    summary: 's',
    description: 'd',
    visibility: Visibility.ORGANISATION,
    publishedAt: new Date(),
    owner: theirs,
  });
  await em.flush();
  hiddenMethod = method.nodeId;
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

function expectCoded(res: GraphQLResponse, what: string): void {
  expect(res.status, what).toBeLessThan(500);
  const codes = (res.errors ?? []).map((e) => e.extensions?.code);
  expect(codes, `${what}: ${JSON.stringify(res.errors)}`).not.toContain('INTERNAL_SERVER_ERROR');
}

const UUID = '00000000-0000-4000-8000-000000000000';
const relay = (text: string) => Buffer.from(text).toString('base64');
const CURSORS = [
  ...[
    [],
    [1],
    ['x', 'y'],
    [{}, UUID],
    [{ $ne: null }, UUID],
    [{ $gt: '' }, { $gt: '' }],
    [null, null],
    ['2020-01-01T00:00:00.000Z', 'not-a-uuid'],
    ['abc', UUID],
    [1e308, UUID],
    [-1, UUID],
    ['\u0000', UUID],
    [true, false],
    [[1], [2]],
    ['9999-99-99T99:99:99.999Z', UUID],
    ['x'.repeat(300), UUID],
    [12.5, 'x', UUID],
    ['Metode', 2019, UUID],
    [1e20, 'a', UUID],
  ].map((value) => Cursor.encode(value)),
  relay('arrayconnection:-1'),
  relay('arrayconnection:99999999999999999999'),
  relay('arrayconnection:1e20'),
  relay('arrayconnection:9007199254740993'),
  relay('arrayconnection:NaN'),
  relay('arrayconnection:'),
  relay('{"a":1}'),
  'garbage',
  '',
  '%%%',
];

/** Root lists of the schema with every order they offer, as operations taking $after / $before. */
async function listOperations(): Promise<string[]> {
  const schema = await getSchema();
  const operations: string[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (!getNamedType(field.type).name.endsWith('Connection')) continue;
    if (!field.args.some((a) => a.name === 'after')) continue;
    const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const fixed = required.map((a) => `${a.name}: ${a.name === 'query' ? '""' : 'true'}`);
    const before = field.args.some((a) => a.name === 'before');
    const orders = field.args.find((a) => a.name === 'orderBy')
      ? ['', ...((await orderFields(field.name)) ?? []).map((f) => `orderBy: { field: ${f} }`)]
      : [''];
    for (const order of orders) {
      for (const which of before ? ['after', 'before'] : ['after']) {
        const args = [...fixed, order, `${which}: $c`, which === 'before' ? 'last: 5' : 'first: 5'].filter(Boolean);
        operations.push(`query($c: String) { ${field.name}(${args.join(', ')}) { totalCount edges { cursor } } }`);
      }
    }
  }
  // Nested lists page by position.
  operations.push('query($c: String) { methods(first: 3) { nodes { cases(first: 2, after: $c) { totalCount } } } }');
  operations.push('query($c: String) { topics(first: 3) { nodes { methods(last: 2, before: $c) { totalCount } } } }');
  return operations;
}

async function orderFields(list: string): Promise<string[] | undefined> {
  const schema = await getSchema();
  const fields = schema.getQueryType()!.getFields();
  const arg = fields[list]!.args.find((a) => a.name === 'orderBy')!;
  const input = getNamedType(arg.type) as unknown as { getFields(): Record<string, { type: unknown }> };
  const enumType = getNamedType(input.getFields().field!.type as never) as unknown as {
    getValues(): { name: string }[];
  };
  return enumType.getValues().map((v) => v.name);
}

describe('crafted cursors', () => {
  it('on every root and nested list, in every order, give a coded answer', async () => {
    const operations = await listOperations();
    expect(operations.length).toBeGreaterThan(30);
    // All cursors of one list at once: the walk grows with every list the schema gains.
    for (const query of operations) {
      const answers = await Promise.all(CURSORS.map((cursor) => client.query(query, { c: cursor }, headers.admin)));
      for (const answer of answers) expectCoded(answer, query);
    }
  }, 120_000);

  it('made of arbitrary JSON give a coded answer (property)', async () => {
    const lists = [
      'query($c: String) { cases(first: 3, after: $c, orderBy: { field: PUBLISHED_AT }) { totalCount } }',
      'query($c: String) { methods(last: 3, before: $c, orderBy: { field: EVIDENCE_STRENGTH }) { totalCount } }',
      'query($c: String) { events(first: 3, after: $c) { totalCount } }',
      'query($c: String) { staleContent(first: 3, after: $c) { totalCount } }',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...lists),
        fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 4 }),
        async (query, values) => {
          expectCoded(await client.query(query, { c: Cursor.encode(values) }, headers.admin), query);
        },
      ),
      { numRuns: 300, seed },
    );
  });
});

describe('crafted IDs', () => {
  const TYPES = ['Case', 'Method', 'Thread', 'Member', 'Organisation', 'Topic', 'Event', 'Nothing', ''];
  const ids = () => [
    hiddenMethod,
    ...TYPES.map((type) => encodeGlobalId(type, randomUUID())),
    encodeGlobalId('Method', 'not-a-uuid'),
    encodeGlobalId('Method', `${UUID}\u0000`),
    relay('Method:'),
    relay(':'),
    'Method:00000000-0000-4000-8000-000000000000',
    'x'.repeat(5000),
    '\u0000',
    '😀',
    '',
  ];
  const QUERIES = [
    'query($id: ID!) { node(id: $id) { id } }',
    'query($id: ID!) { nodes(ids: [$id, $id]) { id } }',
    'query($id: ID!) { threads(about: $id) { totalCount } }',
    'query($id: ID!) { reports(topic: $id) { totalCount } }',
    'query($id: ID!) { topics(parent: $id, all: false) { totalCount } }',
    'query($id: ID!) { mentionCandidates(about: $id, search: "a", first: 3) { id } }',
    'query($id: ID!) { cases(filter: { organisation: $id }) { totalCount } }',
    'query($id: ID!) { workshopOutputs(filter: { workshop: $id }) { totalCount } }',
  ];

  it.each(QUERIES)('%s gives a coded answer for every crafted ID', async (query) => {
    for (const viewer of ['admin', 'member'] as const)
      for (const id of ids()) expectCoded(await client.query(query, { id }, headers[viewer]), `${query} ${id}`);
  });

  it('threads(about:) answers NOT_FOUND for an item the viewer may not read, as for one that does not exist', async () => {
    const hidden = await client.query(
      'query($id: ID!) { threads(about: $id) { totalCount } }',
      { id: hiddenMethod },
      headers.member,
    );
    const missing = await client.query(
      'query($id: ID!) { threads(about: $id) { totalCount } }',
      { id: encodeGlobalId('Method', randomUUID()) },
      headers.member,
    );
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });
});

describe('crafted links', () => {
  it.each(['//evil.example', '/\\evil.example', '/\t/evil.example', 'https:evil.example', 'javascript:alert(1)'])(
    'are refused as a method’s website: %j',
    async (website) => {
      const res = await client.query<{ updateMethod: { userErrors: { field: string; code: string }[] } }>(
        'mutation($id: ID!, $w: String) { updateMethod(id: $id, input: { website: $w }) { userErrors { field code } } }',
        { id: hiddenMethod, w: website },
        headers.admin,
      );
      expect(res.data!.updateMethod.userErrors).toEqual([{ field: 'input.website', code: 'INVALID' }]);
    },
  );
});
