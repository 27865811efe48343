import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { inviteMember } from '../src/modules/auth/auth.commands.js';
import { COMMON_PASSWORD_COUNT, isCommonPassword } from '../src/modules/auth/common-passwords.js';
import { SIGN_IN_LIMITS } from '../src/modules/auth/rate-limits.js';
import { Member, MemberRole } from '../src/modules/member/member.entity.js';
import type { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/**
 * Wrong passwords lock the guesser, not the owner. The server sits behind a trusted proxy here (TRUST_PROXY), so
 * X-Forwarded-For stands for the client's address, as it would in production behind TLS termination.
 */
let db: TestDatabase;
let proxied: TestClient;
let direct: TestClient;
let organisation: Organisation;
let admin: Member;

beforeAll(async () => {
  db = await createTestDatabase();
  proxied = await createTestClient(db, loadConfig({ TRUST_PROXY: '127.0.0.1' }));
  direct = await createTestClient(db);
  const em = db.orm.em.fork();
  organisation = await createOrganisation(em, { slug: 'limits-org' });
  admin = await createMember(em, { organisation, role: MemberRole.ORG_ADMIN, email: 'admin@limits.example' });
  for (const name of ['owner', 'spread', 'roamer', 'direct', ...Array.from({ length: 6 }, (_, i) => `other${i}`)])
    await createMember(em, { organisation, email: `${name}@limits.example`, name });
});
afterAll(async () => {
  await proxied.app.close();
  await direct.app.close();
  await db.drop();
});

async function signIn(client: TestClient, email: string, password: string, address: string): Promise<string> {
  const res = await client.query<{ signIn: { member: { id: string } | null; userErrors: { code: string }[] } }>(
    'mutation($i: SignInInput!) { signIn(input: $i) { member { id } userErrors { code } } }',
    { i: { email, password } },
    { 'x-forwarded-for': address },
  );
  if (res.errors) return String(res.errors[0]?.extensions?.code);
  return res.data!.signIn.member ? 'OK' : res.data!.signIn.userErrors[0]!.code;
}

describe('wrong passwords', () => {
  it('lock the account for the guessing address only: the owner elsewhere still gets in', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++)
      expect(await signIn(proxied, 'owner@limits.example', 'forkert-kodeord', '198.51.100.1')).toBe(
        'INVALID_CREDENTIALS',
      );
    // The guessing address is locked out of this account, even with the right password …
    expect(await signIn(proxied, 'owner@limits.example', PASSWORD, '198.51.100.1')).toBe('RATE_LIMITED');
    // … while the owner, from their own address, signs in.
    expect(await signIn(proxied, 'owner@limits.example', PASSWORD, '203.0.113.9')).toBe('OK');
    // And the guessing address may still sign in to other accounts it knows the password of.
    expect(await signIn(proxied, 'other0@limits.example', PASSWORD, '198.51.100.1')).toBe('OK');
  });

  it('from one address across many accounts hit the per-address limit', async () => {
    const address = '198.51.100.2';
    const emails = Array.from({ length: 6 }, (_, i) => `other${i}@limits.example`);
    const attempts = Array.from({ length: SIGN_IN_LIMITS.address.points }, (_, i) => emails[i % emails.length]!);
    // A few at a time: each failure costs a real password check.
    for (let i = 0; i < attempts.length; i += emails.length)
      await Promise.all(
        attempts.slice(i, i + emails.length).map((e) => signIn(proxied, e, 'forkert-kodeord', address)),
      );
    expect(await signIn(proxied, 'other5@limits.example', PASSWORD, address)).toBe('RATE_LIMITED');
    expect(await signIn(proxied, 'other5@limits.example', PASSWORD, '203.0.113.10')).toBe('OK');
  }, 120_000);

  it('spread over many addresses hit a looser per-account limit that spares addresses the owner used before', async () => {
    const email = 'spread@limits.example';
    expect(await signIn(proxied, email, PASSWORD, '203.0.113.20')).toBe('OK'); // the owner's usual address
    const perAddress = SIGN_IN_LIMITS.pair.points - 1;
    const addresses = Math.ceil(SIGN_IN_LIMITS.account.points / perAddress);
    for (let a = 0; a < addresses; a++) {
      // A few at a time: each failure costs a real password check.
      await Promise.all(
        Array.from({ length: perAddress }, () => signIn(proxied, email, 'forkert-kodeord', `192.0.2.${a + 1}`)),
      );
    }
    expect(await signIn(proxied, email, PASSWORD, '192.0.2.200')).toBe('RATE_LIMITED');
    expect(await signIn(proxied, email, PASSWORD, '203.0.113.20')).toBe('OK');
  }, 120_000);

  it('are counted by the real client address: without TRUST_PROXY a forwarded address changes nothing', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++)
      await signIn(direct, 'direct@limits.example', 'forkert-kodeord', '198.51.100.3');
    expect(await signIn(direct, 'direct@limits.example', PASSWORD, '203.0.113.30')).toBe('RATE_LIMITED');
  });
});

describe('common passwords', () => {
  it(`are the ${COMMON_PASSWORD_COUNT} most used, compared without regard to case`, () => {
    for (const password of ['123456', 'password', 'qwertyuiop', 'QwertyUiop', '1234567890', ' password123 '])
      expect(isCommonPassword(password), password).toBe(true);
    for (const password of [PASSWORD, 'fjordbyens-plejefamilier-2026', 'kaffe til syv bænke'])
      expect(isCommonPassword(password), password).toBe(false);
  });

  it('are refused when a password is set, with a clear user error, and nothing is stored', async () => {
    const em = db.orm.em.fork();
    const viewer = {
      kind: 'member' as const,
      memberId: admin.id,
      name: admin.name,
      organisationId: organisation.id,
      role: MemberRole.ORG_ADMIN,
      activeMembership: true,
      via: { kind: 'session' as const, sessionId: '' },
    };
    const { secret } = await inviteMember({
      em,
      viewer,
      organisationId: organisation.id,
      input: { email: 'new@limits.example', role: MemberRole.MEMBER },
    });
    const accept = (password: string) =>
      proxied.query<{
        acceptInvitation: {
          member: { id: string } | null;
          userErrors: { field: string; code: string; message: string }[];
        };
      }>(
        'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { member { id } userErrors { field code message } } }',
        { i: { secret, name: 'Ny Person', password } },
      );
    for (const password of ['qwertyuiop', 'Password123', '1q2w3e4r5t']) {
      const res = await accept(password);
      expect(res.data!.acceptInvitation.member).toBeNull();
      expect(res.data!.acceptInvitation.userErrors).toEqual([
        expect.objectContaining({ field: 'input.password', code: 'COMMON_PASSWORD' }),
      ]);
      expect(res.data!.acceptInvitation.userErrors[0]!.message).toMatch(/most used passwords/);
    }
    expect(await em.fork().count(Member, { email: 'new@limits.example' })).toBe(0);
    const ok = await accept('fjordbyens-plejefamilier-2026');
    expect(ok.data!.acceptInvitation.userErrors).toEqual([]);
  });
});
