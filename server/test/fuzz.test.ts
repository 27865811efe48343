import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../seeds/demo/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { getSchema } from '../src/graphql/schema.js';
import { ApiToken, TokenScope } from '../src/modules/auth/auth.entities.js';
import { hashSecret, newSecret } from '../src/modules/auth/secrets.js';
import { Case } from '../src/modules/case/case.entity.js';
import { Comment } from '../src/modules/discussion/comment.entity.js';
import { Thread } from '../src/modules/discussion/thread.entity.js';
import { Member, MemberRole } from '../src/modules/member/member.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { Topic } from '../src/modules/topic/topic.entity.js';
import { seedContent } from '../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';
import { OperationFuzzer } from './helpers/operation-fuzzer.js';

/** How many operations; FUZZ_SEED picks another deterministic sequence. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? 12);

let db: TestDatabase;
let client: TestClient;
const tokens: Record<'member' | 'admin', string> = { member: '', admin: '' };

async function tokenFor(member: Member): Promise<string> {
  const secret = newSecret('vbt');
  const em = db.orm.em.fork();
  em.create(ApiToken, {
    member,
    name: 'fuzz',
    prefix: secret.slice(0, 9),
    secretHash: hashSecret(secret),
    scopes: [TokenScope.READ, TokenScope.WRITE],
  });
  await em.flush();
  return secret;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
  const em = db.orm.em.fork();
  const organisation = await createOrganisation(em, { slug: 'fuzz-org' });
  tokens.member = await tokenFor(await createMember(em, { organisation, name: 'Fuzz member' }));
  tokens.admin = await tokenFor(await createMember(em, { organisation, name: 'Fuzz admin', role: MemberRole.ADMIN }));
  client = await createTestClient(db);
  // A thread with a comment, so discussion fields have something to reach.
  const method = await em.findOneOrFail(Method, { publishedAt: { $ne: null } });
  await client.query(
    'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } } }',
    { i: { about: encodeGlobalId('Method', method.id), title: 'Fuzz', body: 'Første indlæg' } },
    { authorization: `Bearer ${tokens.member}` },
  );
}, 120_000);

afterAll(async () => {
  await client.app.close();
  await db.drop();
});

describe('schema-driven fuzzing', () => {
  it(`answers ${RUNS} generated operations without a server error`, { timeout: 600_000 }, async () => {
    const em = db.orm.em.fork();
    const ids: string[] = [];
    for (const [type, entity] of [
      ['Case', Case],
      ['Method', Method],
      ['Topic', Topic],
      ['Organisation', Organisation],
      ['Member', Member],
      ['Thread', Thread],
      ['Comment', Comment],
    ] as const) {
      for (const row of await em.find(entity as typeof Case, {}, { limit: 5 }))
        ids.push(encodeGlobalId(type, (row as { id: string }).id));
    }
    // Mutations that would end the fuzzing viewers themselves; everything else runs, as each viewer.
    const fuzzer = new OperationFuzzer(
      await getSchema(),
      SEED,
      ids,
      new Set(['deleteMyAccount', 'signOutEverywhere', 'revokeApiToken', 'removeMember', 'deleteMember']),
    );
    const failures: { query: string; variables: unknown; status: number; errors: unknown }[] = [];
    const codes = new Map<string, number>();
    for (let i = 0; i < RUNS; i++) {
      const roll = i % 10;
      const operation = fuzzer.operation(roll < 7 ? 'query' : roll < 9 ? 'mutation' : 'subscription');
      const viewer = i % 3 === 0 ? undefined : i % 3 === 1 ? tokens.member : tokens.admin;
      const res = await client.query(
        operation.query,
        operation.variables,
        viewer ? { authorization: `Bearer ${viewer}` } : {},
      );
      for (const error of res.errors ?? []) {
        const code = String(error.extensions?.code);
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
      if (res.status >= 500 || res.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR'))
        failures.push({ ...operation, status: res.status, errors: res.errors });
    }
    if (process.env.FUZZ_REPORT) {
      console.log(Object.fromEntries(codes));
      for (const failure of failures)
        console.log('FAIL', failure.query.slice(0, 300), JSON.stringify(failure.variables).slice(0, 200));
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // The generator reaches past validation: many operations run and fail (or succeed) in resolvers.
    expect((codes.get('GRAPHQL_VALIDATION_FAILED') ?? 0) + (codes.get('GRAPHQL_PARSE_FAILED') ?? 0)).toBeLessThan(
      RUNS * 0.6,
    );
  });
});
