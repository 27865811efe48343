import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { inviteMember } from '../src/modules/auth/auth.commands.js';
import { ApiToken, TokenScope } from '../src/modules/auth/auth.entities.js';
import { hashSecret } from '../src/modules/auth/secrets.js';
import type { Viewer } from '../src/modules/auth/viewer.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { Event } from '../src/modules/event/event.entity.js';
import { EvidenceRating } from '../src/modules/evidence/evidence-rating.entity.js';
import { EvidenceScheme, EvidenceStrength } from '../src/modules/evidence/evidence.enums.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { Topic } from '../src/modules/topic/topic.entity.js';
import {
  buildFixture,
  createRow,
  EDITORS,
  HIDDEN_DRAFT,
  PROPOSERS,
  SESSIONS,
  UNREADABLE,
  VIEWERS,
  type Cell,
  type Fixture,
  type MutationCase,
  type TypeName,
  type ViewerName,
} from './helpers/authorization-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/**
 * The write half of the authorization matrix: every mutation (signIn aside) × every kind of viewer. Allowed
 * viewers succeed; everyone else gets UNAUTHENTICATED, FORBIDDEN or (for rows they may not read) NOT_FOUND, and
 * then nothing in the database has changed. Each cell acts on a fresh target, so cells are independent.
 */
let db: TestDatabase;
let client: TestClient;
let f: Fixture;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  f = await buildFixture(db.orm.em.fork(), client);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

/** A fresh row of a type: published PUBLIC content of A unless told otherwise. */
async function make(type: TypeName, props: { visibility?: Visibility; published?: boolean; owner?: 'a' | 'b' } = {}) {
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
async function makeTopic() {
  const em = db.orm.em.fork();
  const topic = em.create(Topic, { slug: `t-${randomUUID()}`, nameDa: 'Emne', nameEn: 'Topic' });
  await em.flush();
  return topic.nodeId;
}
async function makeRating(props?: Parameters<typeof make>[1]) {
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
const update = (field: string, input: string, type: TypeName, props?: Parameters<typeof make>[1]) => ({
  async prepare(): Promise<Cell> {
    return {
      query: `mutation($id: ID!) { ${field}(id: $id, input: ${input}) { userErrors { code } } }`,
      variables: { id: await make(type, props) },
    };
  },
});
const create = (field: string, inputType: string, input: () => Record<string, unknown>) => ({
  prepare: async (): Promise<Cell> => ({
    query: `mutation($i: ${inputType}!) { ${field}(input: $i) { userErrors { code } } }`,
    variables: { i: input() },
  }),
});
const byId = (field: string, id: () => Promise<string>, args = '') => ({
  prepare: async (): Promise<Cell> => ({
    query: `mutation($id: ID!) { ${field}(id: $id${args}) { userErrors { code } } }`,
    variables: { id: await id() },
  }),
});
const hubEvent = () => f.hubs.find((h) => h.type === 'Event')!.nodeId;
const at = '2026-05-01T10:00:00.000Z';
const orgId = (key: 'a' | 'b') => Buffer.from(`Organisation:${f.orgs[key].id}`).toString('base64');
const caseInput = () => ({ title: 'Forslag', summary: 'Kort.', body: 'Lang.', year: 2025 });
const admin: Viewer = {
  kind: 'member',
  memberId: '',
  name: 'Admin',
  organisationId: '',
  role: MemberRole.ADMIN,
  activeMembership: true,
  via: { kind: 'session', sessionId: '' },
};

/** A fresh member of an organisation, to remove. */
async function memberOf(org: 'a' | 'b', role = MemberRole.MEMBER) {
  const m = await createMember(db.orm.em.fork(), { organisation: f.orgs[org], role, email: `${randomUUID()}@x.dk` });
  return m.nodeId;
}
const NOT_REMOVABLE = { orgAdmin: 'NOT_FOUND' } as const;
const ANYONE_BUT_READ_TOKEN = VIEWERS.filter((v) => v !== 'readToken');

const CASES: MutationCase[] = [
  {
    name: 'createTopic',
    allowed: EDITORS,
    ...create('createTopic', 'TopicInput', () => ({ nameDa: `E ${randomUUID()}`, nameEn: 'T' })),
  },
  { name: 'updateTopic', allowed: EDITORS, ...byId('updateTopic', makeTopic, ', input: { nameEn: "New" }') },
  {
    name: 'createMethod',
    allowed: EDITORS,
    ...create('createMethod', 'MethodInput', () => ({ name: 'M', summary: 's', description: 'd' })),
  },
  { name: 'updateMethod', allowed: EDITORS, ...update('updateMethod', '{ summary: "Ny" }', 'Method') },
  {
    name: 'updateMethod (B’s ORGANISATION draft)',
    allowed: ['admin'],
    refused: UNREADABLE,
    ...update('updateMethod', '{ summary: "Ny" }', 'Method', {
      visibility: Visibility.ORGANISATION,
      published: false,
      owner: 'b',
    }),
  },
  {
    name: 'createStudy',
    allowed: EDITORS,
    ...create('createStudy', 'StudyInput', () => ({
      title: 'S',
      abstract: 'a',
      design: 'RCT',
      year: 2024,
      publisher: 'p',
    })),
  },
  { name: 'updateStudy', allowed: EDITORS, ...update('updateStudy', '{ year: 2020 }', 'Study') },
  {
    name: 'createEvidenceRating',
    allowed: EDITORS,
    prepare: async () => ({
      query:
        'mutation($m: ID!) { createEvidenceRating(method: $m, input: { scheme: EIF, value: "3", ratedOn: "2025-02-01", source: "EIF" }) { userErrors { code } } }',
      variables: { m: await make('Method') },
    }),
  },
  {
    name: 'updateEvidenceRating',
    allowed: EDITORS,
    ...byId('updateEvidenceRating', () => makeRating(), ', input: { value: "2" }'),
  },
  {
    name: 'createEvent',
    allowed: EDITORS,
    ...create('createEvent', 'EventInput', () => ({
      kind: 'NETWORK_MEETING',
      title: 'E',
      theme: 't',
      description: 'd',
      startsAt: at,
      endsAt: at,
      venue: 'v',
      city: 'c',
    })),
  },
  { name: 'updateEvent', allowed: EDITORS, ...update('updateEvent', '{ city: "Vejle" }', 'Event') },
  {
    name: 'createWorkshop',
    allowed: EDITORS,
    ...create('createWorkshop', 'WorkshopInput', () => ({
      event: hubEvent(),
      title: 'W',
      description: 'd',
      startsAt: at,
      durationMinutes: 60,
    })),
  },
  { name: 'updateWorkshop', allowed: EDITORS, ...update('updateWorkshop', '{ room: "A" }', 'Workshop') },
  {
    name: 'createTalk',
    allowed: EDITORS,
    ...create('createTalk', 'TalkInput', () => ({
      event: hubEvent(),
      title: 'T',
      summary: 's',
      durationSeconds: 60,
      startsAt: at,
    })),
  },
  { name: 'updateTalk', allowed: EDITORS, ...update('updateTalk', '{ title: "Ny" }', 'Talk') },
  {
    name: 'createReport',
    allowed: EDITORS,
    ...create('createReport', 'ReportInput', () => ({
      title: 'R',
      summary: 's',
      body: 'b',
      publishedOn: '2026-01-01',
    })),
  },
  { name: 'updateReport', allowed: EDITORS, ...update('updateReport', '{ title: "Ny" }', 'Report') },
  {
    name: 'publish',
    allowed: EDITORS,
    ...byId('publish', () => make('Method', { visibility: Visibility.MEMBERS, published: false })),
  },
  {
    name: 'publish (B’s ORGANISATION draft)',
    allowed: ['admin'],
    refused: UNREADABLE,
    ...byId('publish', () => make('Report', { visibility: Visibility.ORGANISATION, published: false, owner: 'b' })),
  },
  { name: 'unpublish', allowed: EDITORS, ...byId('unpublish', () => make('Study')) },
  { name: 'deleteNode (method)', allowed: EDITORS, ...byId('deleteNode', () => make('Method')) },
  { name: 'deleteNode (topic)', allowed: EDITORS, ...byId('deleteNode', makeTopic) },
  { name: 'deleteNode (rating)', allowed: EDITORS, ...byId('deleteNode', () => makeRating()) },
  {
    name: 'deleteNode (rating of B’s ORGANISATION method)',
    allowed: ['admin'],
    refused: UNREADABLE,
    ...byId('deleteNode', () => makeRating({ visibility: Visibility.ORGANISATION, owner: 'b' })),
  },
  {
    name: 'updateEvidenceRating (of B’s ORGANISATION method)',
    allowed: ['admin'],
    refused: UNREADABLE,
    ...byId(
      'updateEvidenceRating',
      () => makeRating({ visibility: Visibility.ORGANISATION, owner: 'b' }),
      ', input: { value: "2" }',
    ),
  },
  {
    name: 'createCase (for one’s own organisation)',
    allowed: [...PROPOSERS, 'other'],
    ...create('createCase', 'CaseInput', caseInput),
  },
  {
    name: 'createCase (for organisation A)',
    allowed: PROPOSERS,
    ...create('createCase', 'CaseInput', () => ({ ...caseInput(), organisation: orgId('a') })),
  },
  {
    name: 'updateCase (A’s draft proposal)',
    allowed: PROPOSERS,
    refused: HIDDEN_DRAFT,
    ...update('updateCase', '{ title: "Ny" }', 'Case', { visibility: Visibility.MEMBERS, published: false }),
  },
  { name: 'updateCase (published)', allowed: EDITORS, ...update('updateCase', '{ title: "Ny" }', 'Case') },
  {
    name: 'deleteNode (A’s draft proposal)',
    allowed: PROPOSERS,
    refused: HIDDEN_DRAFT,
    ...byId('deleteNode', () => make('Case', { visibility: Visibility.MEMBERS, published: false })),
  },
  {
    name: 'inviteMember (to A)',
    allowed: ['orgAdmin', 'admin'],
    ...create('inviteMember', 'InviteMemberInput', () => ({ organisation: orgId('a'), email: `${randomUUID()}@a.dk` })),
  },
  {
    name: 'inviteMember (to B)',
    allowed: ['admin'],
    ...create('inviteMember', 'InviteMemberInput', () => ({ organisation: orgId('b'), email: `${randomUUID()}@b.dk` })),
  },
  {
    name: 'removeMember (of A)',
    allowed: ['orgAdmin', 'admin'],
    ...byId('removeMember', async () => {
      const m = await createMember(db.orm.em.fork(), { organisation: f.orgs.a, email: `${randomUUID()}@a.dk` });
      return m.nodeId;
    }),
  },
  {
    name: 'inviteMember (an editor, to A)',
    allowed: ['admin'],
    ...create('inviteMember', 'InviteMemberInput', () => ({
      organisation: orgId('a'),
      email: `${randomUUID()}@a.dk`,
      role: 'EDITOR',
    })),
  },
  // Removing people: org admins their own organisation's members and org admins; the forum's editors and admins
  // only platform admins. An unknown ID and a member one may not remove get the same answer (no probing).
  ...(['removeMember', 'deleteMember'] as const).flatMap((field): MutationCase[] => [
    { name: `${field} (a member of A)`, allowed: ['orgAdmin', 'admin'], ...byId(field, () => memberOf('a')) },
    {
      name: `${field} (an org admin of A)`,
      allowed: ['orgAdmin', 'admin'],
      ...byId(field, () => memberOf('a', MemberRole.ORG_ADMIN)),
    },
    {
      name: `${field} (an editor of A)`,
      allowed: ['admin'],
      refused: NOT_REMOVABLE,
      ...byId(field, () => memberOf('a', MemberRole.EDITOR)),
    },
    {
      name: `${field} (an admin of A)`,
      allowed: ['admin'],
      refused: NOT_REMOVABLE,
      ...byId(field, () => memberOf('a', MemberRole.ADMIN)),
    },
    {
      name: `${field} (a member of B)`,
      allowed: ['admin'],
      refused: NOT_REMOVABLE,
      ...byId(field, () => memberOf('b')),
    },
    {
      name: `${field} (no such member)`,
      allowed: [],
      refused: { ...NOT_REMOVABLE, admin: 'NOT_FOUND' },
      ...byId(field, async () => encodeGlobalId('Member', randomUUID())),
    },
  ]),
  {
    name: 'createApiToken',
    allowed: SESSIONS,
    ...create('createApiToken', 'CreateApiTokenInput', () => ({ name: 'T', scopes: ['READ'] })),
  },
  {
    name: 'revokeApiToken (someone else’s)',
    allowed: [],
    refused: Object.fromEntries(SESSIONS.map((v) => [v, 'NOT_FOUND'])),
    ...byId('revokeApiToken', async () => {
      const em = db.orm.em.fork();
      const member = f.members.integrator; // not a session viewer of the matrix
      const secret = `vbt_${randomUUID()}`;
      const token = em.create(ApiToken, {
        member,
        name: 'Andens',
        prefix: secret.slice(0, 12),
        secretHash: hashSecret(secret),
        scopes: [TokenScope.READ],
      });
      await em.flush();
      return token.nodeId;
    }),
  },
  {
    // Their own account, whatever their membership; a write, so never with a READ-only token.
    name: 'updateProfile (own)',
    allowed: ['writeToken', ...SESSIONS],
    prepare: async (viewer: ViewerName): Promise<Cell> => ({
      query: 'mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { userErrors { code } } }',
      variables: { i: { name: viewer === 'anonymous' ? 'Ingen' : f.members[viewer].name } },
    }),
  },
  {
    name: 'markNotificationsRead (own)',
    allowed: ['writeToken', ...SESSIONS],
    prepare: async (): Promise<Cell> => ({ query: 'mutation { markNotificationsRead }' }),
  },
  {
    // Not registered, so the allowed get NOT_FOUND as a userError; a READ-only token is refused before that.
    name: 'cancelRegistration (own, none)',
    allowed: [],
    refused: Object.fromEntries(['writeToken', ...SESSIONS].map((v) => [v, 'NOT_FOUND'])),
    prepare: async (): Promise<Cell> => ({
      query: 'mutation($e: ID!) { cancelRegistration(eventId: $e) { userErrors { code } } }',
      variables: { e: hubEvent() },
    }),
  },
  {
    name: 'updateNotificationSettings (own)',
    allowed: ['writeToken', ...SESSIONS],
    ...create('updateNotificationSettings', 'UpdateNotificationSettingsInput', () => ({
      settings: [{ kind: 'NEW_COMMENT', enabled: true }],
    })),
  },
  {
    // Only signed in with the password: not even a WRITE token may (a leaked token must not take the account).
    // A wrong current password keeps every viewer's password as it was; the allowed ones get the userError.
    name: 'changePassword (own)',
    allowed: [],
    refused: Object.fromEntries(SESSIONS.map((v) => [v, 'INVALID_CREDENTIALS'])),
    ...create('changePassword', 'ChangePasswordInput', () => ({
      currentPassword: 'ikke-kodeordet-123',
      newPassword: 'et-nyt-langt-kodeord',
    })),
  },
  // A READ-scope token changes nothing, not even by signing out (token-scope.test.ts walks every mutation).
  { name: 'signOut', allowed: ANYONE_BUT_READ_TOKEN, prepare: signOutCell('signOut') },
  { name: 'signOutEverywhere', allowed: ['anonymous', ...SESSIONS], prepare: signOutCell('signOutEverywhere') },
  {
    name: 'acceptInvitation (anyone holding the secret)',
    allowed: ANYONE_BUT_READ_TOKEN,
    prepare: async () => {
      const { secret } = await inviteMember({
        em: db.orm.em.fork(),
        viewer: { ...admin, memberId: f.members.admin.id, organisationId: f.orgs.a.id },
        organisationId: f.orgs.a.id,
        input: { email: `${randomUUID()}@a.dk`, role: MemberRole.MEMBER },
      });
      return {
        query: 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { userErrors { code } } }',
        variables: { i: { secret, name: 'Ny Person', password: PASSWORD } },
      };
    },
  },
];

/** Sign-out cells use a fresh session, so the matrix's own sessions live on. */
function signOutCell(field: string) {
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

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, mutation) => {
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
