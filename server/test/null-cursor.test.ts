import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../src/graphql/global-id.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createCase, createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const organisation = await createOrganisation(em, { slug: 'null-org' });
  await createMember(em, { organisation, role: MemberRole.ADMIN, email: 'admin@null.example' });
  // Published cases on a few dates (two share one, so the id breaks the tie) and five drafts between them.
  for (const day of [3, 9, 9, 14, 20, 21, 27]) {
    await createCase(em, { organisation, publishedAt: new Date(Date.UTC(2026, 1, day)) });
    await createCase(em, { organisation, published: false });
  }
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

describe('paging over a sort key that can be empty', () => {
  it('pages through cases by publication date without repeats or errors, drafts by when they were created', async () => {
    const cookie = await client.signIn('admin@null.example', PASSWORD);
    const total = (await client.query<{ cases: { totalCount: number } }>('{ cases { totalCount } }', {}, { cookie }))
      .data!.cases.totalCount;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: {
        data?: { cases: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
        errors?: unknown;
      } = await client.query(
        'query($after: String) { cases(first: 4, after: $after, orderBy: { field: PUBLISHED_AT }) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
        { cookie },
      );
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.cases.nodes.map((n) => n.id));
      if (!res.data!.cases.pageInfo.hasNextPage) break;
      after = res.data!.cases.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    // The drafts are there too (an editor must find them), placed by when they were created.
    expect(seen.length).toBe(total);
    const [row] = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ ids: string[] }[]>(
        'select array_agg(id order by coalesce(published_at, created_at) desc, id) as ids from practice_case',
      );
    expect(seen.map((id) => decodeGlobalId(id, ['Case'], 'id').id)).toEqual(row!.ids);
  });
});
