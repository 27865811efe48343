import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { Visibility } from '../src/modules/content/content.enums.js';
import { MembershipStatus, type Organisation } from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createCase, createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let active: Organisation;
let lapsed: Organisation;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  // Two public cases and one for members, published by an organisation none of the test's members belong to.
  const publisher = await createOrganisation(em);
  for (const visibility of [Visibility.PUBLIC, Visibility.MEMBERS, Visibility.PUBLIC])
    await createCase(em, { organisation: publisher, visibility });
  active = await createOrganisation(em, { slug: 'aktiv-kommune' });
  lapsed = await createOrganisation(em, { slug: 'udloebet-kommune', status: MembershipStatus.LAPSED });
  await createMember(em, { organisation: active, role: MemberRole.ORG_ADMIN });
  await createMember(em, { organisation: active });
  await createMember(em, { organisation: lapsed });
  await createMember(em, { organisation: active, email: 'limit@aktiv-kommune.example' });
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const VIEWER =
  '{ viewer { role activeMembership authenticatedWith scopes member { name email organisation { slug } } } }';
const COUNT_CASES = '{ cases { totalCount } }';

describe('signing in', () => {
  it('sets an httpOnly, SameSite session cookie and tells the viewer who they are', async () => {
    const response = await client.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: {
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { member { name } userErrors { code } } }',
        variables: { i: { email: ' MEMBER@aktiv-kommune.example ', password: PASSWORD } },
      },
    });
    const cookie = response.cookies.find((c) => c.name === 'vb_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await client.query<{
      viewer: { role: string; activeMembership: boolean; authenticatedWith: string; member: { email: string } };
    }>(VIEWER, {}, { cookie: `vb_session=${cookie.value}` });
    expect(me.data!.viewer).toMatchObject({
      role: 'MEMBER',
      activeMembership: true,
      authenticatedWith: 'SESSION',
      member: { email: 'member@aktiv-kommune.example' },
    });
    expect(JSON.stringify(response.json())).not.toMatch(/scrypt|passwordHash/);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const signIn = (email: string, password: string) =>
      client.query<{ signIn: { member: null; userErrors: { code: string; message: string }[] } }>(
        'mutation($i: SignInInput!) { signIn(input: $i) { member { id } userErrors { code message } } }',
        { i: { email, password } },
      );
    const wrong = await signIn('member@aktiv-kommune.example', 'forkert-kodeord');
    const unknown = await signIn('nobody@nowhere.example', 'forkert-kodeord');
    expect(wrong.data!.signIn).toEqual(unknown.data!.signIn);
    expect(wrong.data!.signIn.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
  });

  it('rate-limits failed sign-ins per account and address', async () => {
    const attempt = (password: string) =>
      client.query('mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }', {
        i: { email: 'limit@aktiv-kommune.example', password },
      });
    for (let i = 0; i < 8; i++) await attempt('forkert-kodeord');
    const blocked = await attempt(PASSWORD);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('signs out this session, or every session', async () => {
    const one = await client.signIn('member@aktiv-kommune.example', PASSWORD);
    const two = await client.signIn('member@aktiv-kommune.example', PASSWORD);
    await client.query('mutation { signOut { endedSessions } }', {}, { cookie: one });
    expect((await client.query<{ viewer: null }>(VIEWER, {}, { cookie: one })).data!.viewer).toBeNull();
    expect((await client.query<{ viewer: object }>(VIEWER, {}, { cookie: two })).data!.viewer).not.toBeNull();
    const three = await client.signIn('member@aktiv-kommune.example', PASSWORD);
    const ended = await client.query<{ signOutEverywhere: { endedSessions: number } }>(
      'mutation { signOutEverywhere { endedSessions } }',
      {},
      { cookie: three },
    );
    expect(ended.data!.signOutEverywhere.endedSessions).toBeGreaterThanOrEqual(2);
    expect((await client.query<{ viewer: null }>(VIEWER, {}, { cookie: two })).data!.viewer).toBeNull();
  });
});

describe('memberships', () => {
  it('gives members of an active organisation more than the public, and lapsed ones only what the public sees', async () => {
    const publicCount = (await client.query<{ cases: { totalCount: number } }>(COUNT_CASES)).data!.cases.totalCount;
    expect(publicCount).toBe(2);
    const member = await client.signIn('member@aktiv-kommune.example', PASSWORD);
    const lapsedMember = await client.signIn('member@udloebet-kommune.example', PASSWORD);
    expect(
      (await client.query<{ cases: { totalCount: number } }>(COUNT_CASES, {}, { cookie: member })).data!.cases
        .totalCount,
    ).toBe(3);
    expect(
      (await client.query<{ cases: { totalCount: number } }>(COUNT_CASES, {}, { cookie: lapsedMember })).data!.cases
        .totalCount,
    ).toBe(publicCount);
    const me = await client.query<{ viewer: { activeMembership: boolean } }>(VIEWER, {}, { cookie: lapsedMember });
    expect(me.data!.viewer.activeMembership).toBe(false);
  });
});

describe('invitations', () => {
  it('lets an org admin invite a person who then sets a password and signs in; the link works once', async () => {
    const admin = await client.signIn('org_admin@aktiv-kommune.example', PASSWORD);
    const invite = await client.query<{ inviteMember: { invitationSecret: string; userErrors: unknown[] } }>(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationSecret expiresAt userErrors { field code message } } }',
      { i: { organisation: encodeGlobalId('Organisation', active.id), email: 'Ny.Kollega@aktiv-kommune.example' } },
      { cookie: admin },
    );
    expect(invite.data!.inviteMember.userErrors).toEqual([]);
    const secret = invite.data!.inviteMember.invitationSecret;
    const accept = (password: string) =>
      client.query<{
        acceptInvitation: { member: { name: string } | null; userErrors: { code: string; field: string }[] };
      }>(
        'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { member { name } userErrors { field code } } }',
        { i: { secret, name: 'Ny Kollega', password } },
      );
    expect((await accept('kort')).data!.acceptInvitation.userErrors[0]).toMatchObject({
      field: 'input.password',
      code: 'INVALID',
    });
    expect((await accept('et-langt-og-godt-kodeord')).data!.acceptInvitation.member).toEqual({ name: 'Ny Kollega' });
    expect((await accept('et-langt-og-godt-kodeord')).data!.acceptInvitation.userErrors[0]!.code).toBe('EXPIRED');
    await client.signIn('ny.kollega@aktiv-kommune.example', 'et-langt-og-godt-kodeord');
  });

  it('refuses invitations from members, to other organisations, and with malformed emails', async () => {
    const member = await client.signIn('member@aktiv-kommune.example', PASSWORD);
    const admin = await client.signIn('org_admin@aktiv-kommune.example', PASSWORD);
    const invite = (cookie: string, organisation: Organisation, email: string) =>
      client.query<{ inviteMember: { userErrors: { code: string }[] } | null }>(
        'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationSecret userErrors { field code } } }',
        { i: { organisation: encodeGlobalId('Organisation', organisation.id), email } },
        { cookie },
      );
    expect((await invite(member, active, 'a@b.dk')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await invite(admin, lapsed, 'a@b.dk')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await invite(admin, active, 'ikke en email')).data!.inviteMember!.userErrors[0]!.code).toBe('INVALID');
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, scoped, recorded when used, and stop working when revoked', async () => {
    const member = await client.signIn('member@aktiv-kommune.example', PASSWORD);
    const created = await client.query<{
      createApiToken: { secret: string; token: { id: string; prefix: string; scopes: string[] } };
    }>(
      'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id prefix scopes } userErrors { field code } } }',
      { i: { name: 'Intranet', scopes: ['READ'] } },
      { cookie: member },
    );
    const { secret, token } = created.data!.createApiToken;
    expect(secret).toMatch(/^vbt_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const bearer = { authorization: `Bearer ${secret}` };
    const me = await client.query<{ viewer: { authenticatedWith: string; scopes: string[] } }>(VIEWER, {}, bearer);
    expect(me.data!.viewer).toMatchObject({ authenticatedWith: 'TOKEN', scopes: ['READ'] });
    const listed = await client.query<{
      viewer: { apiTokens: { nodes: { lastUsedAt: string | null; name: string }[] } };
    }>('{ viewer { apiTokens { nodes { name lastUsedAt } } } }', {}, { cookie: member });
    expect(listed.data!.viewer.apiTokens.nodes[0]).toMatchObject({ name: 'Intranet' });
    expect(listed.data!.viewer.apiTokens.nodes[0]!.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(secret);
    // A read-only token cannot change anything, not even create another token.
    const write = await client.query(
      'mutation { createApiToken(input: { name: "x", scopes: [WRITE] }) { secret } }',
      {},
      bearer,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await client.query(
      'mutation($id: ID!) { revokeApiToken(id: $id) { token { revokedAt } } }',
      { id: token.id },
      { cookie: member },
    );
    const after = await client.query(VIEWER, {}, bearer);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('explains a malformed Authorization header', async () => {
    const res = await client.query(VIEWER, {}, { authorization: 'Token abc' });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(res.errors?.[0]?.message).toContain('Bearer vbt_');
  });
});
