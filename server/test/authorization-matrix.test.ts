import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  LIST,
  READS,
  sees,
  TYPES,
  VIEWERS,
  type Fixture,
  type Row,
  type ViewerName,
} from './helpers/authorization-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './helpers/graphql.js';

/**
 * The read half of the authorization matrix: every read path × every kind of viewer, against a fixture of every
 * content type in every visibility × published/draft × owning organisation. Each cell asserts exactly which rows
 * come back, and that counts agree with them. Mutations: authorization-mutations-content and -people.test.ts.
 */
let db: TestDatabase;
let client: TestClient;
let f: Fixture;

beforeAll(async () => {
  db = await createTestDatabase();
  // One operation asks for every row by alias; the alias and top-level caps are tested in query-limits.test.ts.
  client = await createTestClient(db, { MAX_ALIASES: 1_000, MAX_ROOT_FIELDS: 1_000 });
  f = await buildFixture(db.orm.em.fork(), client);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Connection = { totalCount: number; nodes: { slug: string }[] };

async function ask<T>(viewer: ViewerName, query: string, variables: Record<string, unknown> = {}) {
  const res: GraphQLResponse<T> = await client.query<T>(query, variables, f.headers[viewer]);
  return res;
}

/** Slugs of the fixture rows (of one type) the viewer may read, plus the hubs everyone reads. */
const expected = (viewer: ViewerName, rows: Row[]) =>
  rows
    .filter((row) => sees(viewer, row))
    .map((r) => r.slug)
    .sort();
const slugs = (connection: Connection) => connection.nodes.map((n) => n.slug).sort();
const ofType = (type: string) => [...f.rows, ...f.hubs].filter((row) => row.type === type);
const CONNECTION = '(first: 100) { totalCount nodes { slug } }';

describe.each(VIEWERS)('%s', (viewer) => {
  it('sees exactly the readable rows in every root list, and counts only those', async () => {
    const query = `{ ${TYPES.map((type) => `${LIST[type]}${CONNECTION}`).join(' ')} }`;
    const res = await ask<Record<string, Connection>>(viewer, query);
    expect(res.errors).toBeUndefined();
    for (const type of TYPES) {
      const want = expected(viewer, ofType(type));
      expect({ type, slugs: slugs(res.data![LIST[type]]!) }).toEqual({ type, slugs: want });
      expect({ type, totalCount: res.data![LIST[type]]!.totalCount }).toEqual({ type, totalCount: want.length });
    }
  });

  it('finds by slug exactly the readable rows', async () => {
    const field = (row: Row) => LIST[row.type].replace(/ies$/, 'y').replace(/s$/, '');
    const query = `{ ${f.rows.map((row, i) => `r${i}: ${field(row)}(slug: "${row.slug}") { slug }`).join(' ')} }`;
    const res = await ask<Record<string, { slug: string } | null>>(viewer, query);
    expect(res.errors).toBeUndefined();
    const found = f.rows.filter((_, i) => res.data![`r${i}`] !== null).map((r) => r.slug);
    expect(found.sort()).toEqual(expected(viewer, f.rows));
  });

  it('gets through node and nodes exactly the readable rows and ratings of readable methods', async () => {
    const ids = f.rows.map((r) => r.nodeId);
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) { id } ${ids.map((id, i) => `n${i}: node(id: "${id}") { id }`).join(' ')} }`;
    const res = await ask<Record<string, unknown>>(viewer, query, { ids: ids.slice(0, 100) });
    expect(res.errors).toBeUndefined();
    const want = f.rows.map((row) => (sees(viewer, row) ? { id: row.nodeId } : null));
    expect(f.rows.map((_, i) => res.data![`n${i}`])).toEqual(want);
    expect(res.data!.nodes).toEqual(want.slice(0, 100));

    const ratings = await ask<{ nodes: unknown[] }>(viewer, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: f.ratings.map((r) => r.nodeId),
    });
    expect(ratings.data!.nodes).toEqual(f.ratings.map((r) => (sees(viewer, r.method) ? { id: r.nodeId } : null)));
  });

  it('sees only readable rows, and counts, in nested connections', async () => {
    const res = await ask<{
      method: { cases: Connection; evidenceRatings: { totalCount: number } };
      topic: { cases: Connection };
      event: { talks: Connection; workshops: Connection };
      report: { cases: Connection };
      a: { cases: Connection };
      b: { cases: Connection };
    }>(
      viewer,
      `{ method(slug: "hub-method") { cases${CONNECTION} evidenceRatings { totalCount } }
         topic(slug: "hub-topic") { cases${CONNECTION} }
         event(slug: "hub-event") { talks${CONNECTION} workshops${CONNECTION} }
         report(slug: "hub-report") { cases${CONNECTION} }
         a: organisation(slug: "authz-a") { cases${CONNECTION} }
         b: organisation(slug: "authz-b") { cases${CONNECTION} } }`,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    const cases = ofType('Case');
    const cells: [string, Connection, Row[]][] = [
      ['method.cases', d.method.cases, cases],
      ['topic.cases', d.topic.cases, cases],
      ['report.cases', d.report.cases, cases],
      ['event.talks', d.event.talks, ofType('Talk')],
      ['event.workshops', d.event.workshops, ofType('Workshop')],
      ['organisation(a).cases', d.a.cases, cases.filter((c) => c.owner === 'a')],
      ['organisation(b).cases', d.b.cases, cases.filter((c) => c.owner === 'b')],
    ];
    for (const [path, connection, rows] of cells) {
      const want = expected(viewer, rows);
      expect({ path, slugs: slugs(connection), totalCount: connection.totalCount }).toEqual({
        path,
        slugs: want,
        totalCount: want.length,
      });
    }
    expect(d.method.evidenceRatings.totalCount).toBe(0);
  });

  it('reads the audit trail only as a platform admin', async () => {
    const res = await ask<{ auditTrail: { totalCount: number } | null }>(viewer, '{ auditTrail { totalCount } }');
    if (viewer === 'admin') expect(res.data!.auditTrail!.totalCount).toBeGreaterThan(0);
    else expect(res.errors?.[0]?.extensions?.code).toBe(viewer === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });

  it('lists an organisation’s people only with an active membership, and emails only to those who may', async () => {
    const res = await ask<
      Record<'a' | 'b', { members: { totalCount: number; nodes: { name: string; email: string | null }[] } }>
    >(
      viewer,
      `{ a: organisation(slug: "authz-a") { members(first: 100) { totalCount nodes { name email } } }
         b: organisation(slug: "authz-b") { members(first: 100) { totalCount nodes { name email } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { as, org } = READS[viewer];
    const mayList = as !== 'public';
    const me = viewer === 'anonymous' ? null : f.members[viewer];
    for (const key of ['a', 'b'] as const) {
      const everyone = Object.values(f.members).filter((m) => m && m.organisation.id === f.orgs[key].id);
      const names = [...new Set(everyone.map((m) => m.name))].sort();
      const { members } = res.data![key];
      expect(members.nodes.map((n) => n.name).sort()).toEqual(mayList ? names : []);
      expect(members.totalCount).toBe(mayList ? names.length : 0);
      for (const node of members.nodes) {
        const mayRead = as === 'admin' || node.name === me?.name || (viewer === 'orgAdmin' && key === org);
        expect({ name: node.name, email: node.email !== null }).toEqual({ name: node.name, email: mayRead });
      }
    }
  });
});

describe('reading with an API token', () => {
  it('lets an admin’s READ-only token read the audit trail (reading is not writing)', async () => {
    const res = await client.query<{ auditTrail: { totalCount: number } }>(
      '{ auditTrail { totalCount } }',
      {},
      f.adminReadToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditTrail.totalCount).toBeGreaterThan(0);
  });
});
