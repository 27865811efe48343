import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createCase, createMethod, createOrganisation } from './helpers/factories.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
/** Token and alias caps lifted, so the cost analysis itself must refuse. */
let costOnly: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  // A few cases of one method: the queries that must still be answered have something to answer with.
  const em = db.orm.em.fork();
  const method = await createMethod(em);
  const organisation = await createOrganisation(em);
  for (let i = 0; i < 3; i++) await createCase(em, { organisation, methods: [method] });
  client = await createTestClient(db);
  costOnly = await createTestClient(db, { MAX_QUERY_TOKENS: 1_000_000, MAX_ALIASES: 1_000_000, MAX_ROOT_FIELDS: 1e6 });
});
afterAll(async () => {
  await client.app.close();
  await costOnly.app.close();
  await db.drop();
});

/** Sends the query and returns the answer with how long the server took. */
async function timed(target: TestClient, query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const res = await target.query(query, variables);
  return { res, ms: performance.now() - started };
}

function expectTooComplex(res: GraphQLResponse, message?: RegExp) {
  expect(res.status).toBe(400);
  expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  if (message) expect(res.errors?.[0]?.message).toMatch(message);
  expect(res.data).toBeUndefined();
}

/** `levels` fragments, each spreading the next one `fanOut` times: tiny text, 2^levels selections once expanded. */
function fragmentChain(levels: number, onType: string, leaf: string, fanOut = 2): string {
  let text = '';
  for (let i = 0; i < levels; i++)
    text += `fragment F${i} on ${onType} { ${Array.from({ length: fanOut }, () => `...F${i + 1}`).join(' ')} }\n`;
  return `${text}fragment F${levels} on ${onType} { ${leaf} }\n`;
}

/** A query refused on its own: three nested pages of 100. */
const COSTLY =
  '{ cases(first: 100) { nodes { methods(first: 100) { nodes { cases(first: 100) { nodes { title } } } } } } }';

describe('analysis of a document is linear in its size', () => {
  it('refuses fragment chains that expand exponentially, in milliseconds', async () => {
    for (const levels of [22, 40]) {
      const query = `{ ...F0 }\n${fragmentChain(levels, 'Query', 'cases { totalCount }')}`;
      expect(query.length).toBeLessThan(2_000);
      const { res, ms } = await timed(costOnly, query);
      expectTooComplex(res);
      expect(ms).toBeLessThan(1_000);
    }
    // The same inside a list, on an object type, and on an interface (Node), through inline fragments too.
    const nested = `{ cases(first: 5) { nodes { ...F0 } } }\n${fragmentChain(30, 'Case', '... on Case { title methods { totalCount } }')}`;
    const onInterface = `{ nodes(ids: []) { ...F0 } }\n${fragmentChain(30, 'Node', 'id ... on Method { name }')}`;
    for (const query of [nested, onInterface]) {
      const { res, ms } = await timed(costOnly, query);
      expectTooComplex(res);
      expect(ms).toBeLessThan(1_000);
    }
  });

  it('still answers a fragment used many times when its expansion is small', async () => {
    const query = `{ cases(first: 3) { nodes { ...C } } methods(first: 3) { nodes { cases(first: 2) { nodes { ...C } } } } }
      fragment C on Case { id title ...T ...T }
      fragment T on Case { slug }`;
    const res = await client.query<{
      cases: { nodes: { title: string }[] };
      methods: { nodes: { cases: { nodes: { slug: string }[] } }[] };
    }>(query);
    expect(res.errors).toBeUndefined();
    expect(res.data!.cases.nodes).toHaveLength(3);
    expect(res.data!.methods.nodes[0]!.cases.nodes).toHaveLength(2);
  });

  it('refuses a costly query however it is padded (a limit that gives up refuses, never lets it through)', async () => {
    expectTooComplex(await client.query(COSTLY), /cost/);
    const paddings = [
      // expands past any node budget of a complexity walker
      { query: `{ ...F0 ${COSTLY.slice(1, -1)} }\n${fragmentChain(16, 'Query', '__typename')}` },
      // thousands of plain selections in one fragment
      { query: `{ ...P ${COSTLY.slice(1, -1)} }\nfragment P on Query { ${'__typename '.repeat(12_000)} }` },
      // the cost hidden behind variables
      {
        query:
          'query($n: Int) { cases(first: $n) { nodes { methods(first: $n) { nodes { cases(first: $n) { nodes { title } } } } } } }',
        variables: { n: 100 },
      },
    ];
    for (const { query, variables } of paddings) {
      const { res, ms } = await timed(costOnly, query, variables);
      expectTooComplex(res);
      expect(ms).toBeLessThan(2_000);
    }
  });

  it('counts every alias: 2,000 aliased pages are refused at once', async () => {
    const query = `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: cases(first: 100) { totalCount edges { node { id } } }`).join(' ')} }`;
    for (const [target, message] of [
      [client, /tokens/],
      [costOnly, /cost/],
    ] as const) {
      const { res, ms } = await timed(target, query);
      expectTooComplex(res, message);
      expect(ms).toBeLessThan(1_500);
    }
  });

  it('caps aliases, root fields and tokens, with messages that say which limit', async () => {
    const aliases = `{ methods { ${Array.from({ length: 31 }, (_, i) => `t${i}: totalCount`).join(' ')} } }`;
    expectTooComplex(await client.query(aliases), /31 aliases.*limit is 30/);
    const roots = `{ ${Array.from({ length: 21 }, () => 'viewer { role }').join(' ')} }`;
    expectTooComplex(await client.query(roots), /21 fields at its top level.*limit is 20/);
    const tokens = `{ methods { totalCount ${'__typename '.repeat(2_100)} } }`;
    expectTooComplex(await client.query(tokens), /tokens.*2000/);
    // Aliases of a fragment count once per spread.
    const spread = `{ ...A ...A ...B }\nfragment A on Query { a1: viewer { role } a2: viewer { role } }\nfragment B on Query { ${Array.from({ length: 27 }, (_, i) => `b${i}: __typename`).join(' ')} }`;
    expectTooComplex(await client.query(spread), /31 aliases/);
  });

  it('costs lists without a page size by what they can hold (nodes(ids:), plain lists)', async () => {
    const ids = Array.from({ length: 100 }, (_, i) =>
      Buffer.from(`Method:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).toString('base64'),
    );
    const res = await client.query(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Method { cases(first: 100) { nodes { methods(first: 100) { totalCount } } } } } }',
      { ids },
    );
    expectTooComplex(res, /cost/);
  });

  it('allows the standard introspection query but not nested introspection lists', async () => {
    const standard = await client.query<{ __schema: { types: unknown[] } }>(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    );
    expect(standard.errors).toBeUndefined();
    expect(standard.data!.__schema.types.length).toBeGreaterThan(50);
    const { res, ms } = await timed(
      client,
      '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }',
    );
    expect(res.errors?.[0]?.message).toMatch(/introspection depth/);
    expect(ms).toBeLessThan(1_000);
  });
});

describe('input the database or the transport cannot take', () => {
  it('refuses NUL characters in variables and literals, and subscriptions over HTTP, with coded errors', async () => {
    for (const [query, variables] of [
      ['query($s: String!) { case(slug: $s) { id } }', { s: 'a\u0000b' }],
      ['{ method(slug: "x\\u0000") { id } }', {}],
      [
        'mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }',
        { i: { email: '\u0000', password: 'x' } },
      ],
    ] as const) {
      const res = await client.query(query, variables);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/NUL/),
      });
    }
    const subscription = await client.query('subscription { notificationAdded { kind } }');
    expect(subscription.status).toBe(400);
    expect(subscription.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/WebSocket/),
    });
  });
});

describe('request size', () => {
  it('answers an oversize body with 413 PAYLOAD_TOO_LARGE, even to a client that reads only after sending', async () => {
    await client.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = client.app.server.address() as AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    // Like many HTTP clients: the whole request first, and only then the answer.
    socket.pause();
    const request = (body: string, chunked = false) =>
      chunked
        ? `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`
        : `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const answer = async (): Promise<{ status: number; body: GraphQLResponse }> => {
      socket.resume();
      for (let i = 0; i < 100; i++) {
        const text = Buffer.concat(received).toString();
        const match = /^HTTP\/1\.1 (\d+)[\s\S]*?content-length: (\d+)\r\n[\s\S]*?\r\n\r\n/i.exec(text);
        if (match && Buffer.byteLength(text) >= Buffer.byteLength(match[0]) + Number(match[2])) {
          received.length = 0;
          const rest = Buffer.from(text).subarray(Buffer.byteLength(match[0]));
          return { status: Number(match[1]), body: JSON.parse(rest.toString()) as GraphQLResponse };
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`No complete answer: ${Buffer.concat(received).toString().slice(0, 200)}`);
    };
    const failures: Error[] = [];
    socket.on('error', (error) => failures.push(error));
    try {
      const big = JSON.stringify({
        query: 'query($s: String!) { case(slug: $s) { id } }',
        variables: { s: 'x'.repeat(10_000_000) },
      });
      // With a declared length, and sent in chunks without one.
      for (const chunked of [false, true]) {
        await new Promise<void>((resolve, reject) =>
          socket.write(request(big, chunked), (error) => (error ? reject(error) : resolve())),
        );
        const refused = await answer();
        expect(refused.status).toBe(413);
        expect(refused.body.errors![0]!.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
        expect(refused.body.errors![0]!.message).toMatch(/1 MB/);
      }
      // The same connection answers the next request.
      socket.write(request(JSON.stringify({ query: '{ methods { totalCount } }' })));
      const next = await answer();
      expect(next.status).toBe(200);
      expect(next.body).toMatchObject({ data: { methods: { totalCount: 1 } } });
      expect(failures).toEqual([]);
    } finally {
      socket.destroy();
    }
  });
});
