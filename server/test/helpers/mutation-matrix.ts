import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberViewer } from '../../src/modules/auth/viewer.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EvidenceRating } from '../../src/modules/evidence/evidence-rating.entity.js';
import { EvidenceScheme, EvidenceStrength } from '../../src/modules/evidence/evidence.enums.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import {
  buildFixture,
  createRow,
  SESSIONS,
  VIEWERS,
  type Cell,
  type Fixture,
  type MutationCase,
  type TypeName,
  type ViewerName,
} from './authorization-fixture.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { createMember, PASSWORD } from './factories.js';
import { createTestClient, type TestClient } from './graphql.js';

/**
 * The write half of the authorization matrix, shared by the authorization-mutations-*.test.ts files: every
 * mutation (signIn aside) × every kind of viewer. Allowed viewers succeed; everyone else gets UNAUTHENTICATED,
 * FORBIDDEN or (for rows they may not read) NOT_FOUND, and then nothing in the database has changed. Each cell acts
 * on a fresh target, so cells are independent. Split by domain: knowledge content, and people and accounts.
 */
export let db: TestDatabase;
export let client: TestClient;
export let f: Fixture;

function setUp(): void {
  beforeAll(async () => {
    db = await createTestDatabase();
    client = await createTestClient(db);
    f = await buildFixture(db.orm.em.fork(), client);
  });
  afterAll(async () => {
    await client.app.close();
    await db.drop();
  });
}

/** A fresh row of a type: published PUBLIC content of A unless told otherwise. */
export async function make(
  type: TypeName,
  props: { visibility?: Visibility; published?: boolean; owner?: 'a' | 'b' } = {},
) {
  const em = db.orm.em.fork();
  const owner = props.owner ?? 'a';
  const common = {
    // Letters only: a title of random digits can look like a CPR number and be refused.
    slug: `x-${randomUUID().replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!)}`,
    visibility: props.visibility ?? Visibility.PUBLIC,
    publishedAt: props.published === false ? null : new Date('2026-01-01'),
    owner: f.orgs[owner],
  };
  const hubEvent = em.getReference(Event, f.hubs.find((h) => h.type === 'Event')!.id);
  const row = createRow(em, type, common, { orgs: f.orgs, owner, hubEvent });
  await em.flush();
  return row.nodeId;
}
export async function makeTopic() {
  const em = db.orm.em.fork();
  const topic = em.create(Topic, { slug: `t-${randomUUID()}`, nameDa: 'Emne', nameEn: 'Topic' });
  await em.flush();
  return topic.nodeId;
}
export async function makeRating(props?: Parameters<typeof make>[1]) {
  const em = db.orm.em.fork();
  const method = await make('Method', props);
  const rating = em.create(EvidenceRating, {
    method: Buffer.from(method, 'base64').toString().split(':')[1]!,
    scheme: EvidenceScheme.CEBC,
    value: '3',
    strength: EvidenceStrength.PROMISING,
    ratedOn: '2025-01-01',
    source: 'CEBC',
  });
  await em.flush();
  return rating.nodeId;
}
export const update = (field: string, input: string, type: TypeName, props?: Parameters<typeof make>[1]) => ({
  async prepare(): Promise<Cell> {
    return {
      query: `mutation($id: ID!) { ${field}(id: $id, input: ${input}) { userErrors { code } } }`,
      variables: { id: await make(type, props) },
    };
  },
});
export const create = (field: string, inputType: string, input: () => Record<string, unknown>) => ({
  prepare: async (): Promise<Cell> => ({
    query: `mutation($i: ${inputType}!) { ${field}(input: $i) { userErrors { code } } }`,
    variables: { i: input() },
  }),
});
export const byId = (field: string, id: () => Promise<string>, args = '') => ({
  prepare: async (): Promise<Cell> => ({
    query: `mutation($id: ID!) { ${field}(id: $id${args}) { userErrors { code } } }`,
    variables: { id: await id() },
  }),
});
export const hubEvent = () => f.hubs.find((h) => h.type === 'Event')!.nodeId;
export const at = '2026-05-01T10:00:00.000Z';
export const orgId = (key: 'a' | 'b') => Buffer.from(`Organisation:${f.orgs[key].id}`).toString('base64');
export const caseInput = () => ({ title: 'Forslag', summary: 'Kort.', body: 'Lang.', year: 2025 });
export const admin: MemberViewer = {
  kind: 'member',
  memberId: '',
  name: 'Admin',
  organisationId: '',
  role: MemberRole.ADMIN,
  activeMembership: true,
  via: { kind: 'session', sessionId: '' },
};

/** A fresh member of an organisation, to remove. */
export async function memberOf(org: 'a' | 'b', role = MemberRole.MEMBER) {
  const m = await createMember(db.orm.em.fork(), { organisation: f.orgs[org], role, email: `${randomUUID()}@x.dk` });
  return m.nodeId;
}
export const NOT_REMOVABLE = { orgAdmin: 'NOT_FOUND' } as const;
export const ANYONE_BUT_READ_TOKEN = VIEWERS.filter((v) => v !== 'readToken');

/** Sign-out cells use a fresh session, so the matrix's own sessions live on. */
export function signOutCell(field: string) {
  return async (viewer: ViewerName): Promise<Cell> => {
    const member = (SESSIONS as readonly string[]).includes(viewer) ? f.members[viewer] : null;
    return {
      query: `mutation { ${field} { endedSessions } }`,
      headers: member ? { cookie: await client.signIn(member.email, PASSWORD) } : undefined,
    };
  };
}

/** Row counts and last changes of every table a mutation here could touch. */
async function fingerprint(): Promise<unknown> {
  const tables = [
    'practice_case',
    'method',
    'study',
    'event',
    'workshop',
    'talk',
    'report',
    'topic',
    'evidence_rating',
  ];
  const sql = [
    ...tables.map((t) => `select '${t}' as t, count(*)::text as n, max(updated_at)::text as m from "${t}"`),
    ...['case_topics', 'method_topics', 'report_cases', 'audit_entry', 'session'].map(
      (t) => `select '${t}', count(*)::text, null from "${t}"`,
    ),
    `select 'member', count(*)::text, count(deactivated_at)::text from member`,
    `select 'invitation', count(*)::text, count(accepted_at)::text from invitation`,
    `select 'api_token', count(*)::text, count(revoked_at)::text from api_token`,
  ].join(' union all ');
  return db.orm.em.fork().getConnection().execute(`${sql} order by 1`);
}

/**
 * Runs the matrix over these cases: each mutation × every viewer, on a fresh target; a refused cell must leave the
 * database as it was.
 */
export function runMutationMatrix(cases: MutationCase[]): void {
  setUp();
  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, mutation) => {
    it.each(VIEWERS.map((v) => [v]))('as %s', async (viewer) => {
      const cell = await mutation.prepare(viewer);
      const before = await fingerprint();
      const res = await client.query<Record<string, { userErrors?: { code: string }[] } | null>>(
        cell.query,
        cell.variables,
        cell.headers ?? f.headers[viewer],
      );
      const payload = res.data ? Object.values(res.data)[0] : null;
      if (mutation.allowed.includes(viewer)) {
        expect(res.errors).toBeUndefined();
        expect(payload?.userErrors ?? []).toEqual([]);
        return;
      }
      const want = mutation.refused?.[viewer] ?? (viewer === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(res.errors?.[0]?.extensions?.code ?? payload?.userErrors?.[0]?.code).toBe(want);
      expect(await fingerprint()).toEqual(before);
    });
  });
}
