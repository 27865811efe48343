import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_RESET_LIMITS } from '../../src/modules/auth/rate-limits.js';
import { PasswordReset } from '../../src/modules/mail/mail.entities.js';
import { Member } from '../../src/modules/member/member.entity.js';
import type { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createMailCatcher, linkIn, type MailCatcher } from '../helpers/mail.js';

const REQUEST = `mutation($i: RequestPasswordResetInput!) {
  requestPasswordReset(input: $i) { accepted userErrors { field code message } } }`;
const RESET = `mutation($i: ResetPasswordInput!) {
  resetPassword(input: $i) { reset endedSessions userErrors { field code } } }`;
const NEW_PASSWORD = 'blå-cykel-under-æbletræet';

let db: TestDatabase;
let client: TestClient;
let mail: MailCatcher;
let organisation: Organisation;
let ip = 0;
/** Each request from its own address, so the per-address limit is tested only where meant. */
const fresh = () => ({ 'x-forwarded-for': `198.51.100.${++ip}` });

beforeAll(async () => {
  db = await createTestDatabase();
  const { loadConfig } = await import('../../src/config.js');
  client = await createTestClient(db, loadConfig({ TRUST_PROXY: '127.0.0.1' }));
  mail = await createMailCatcher();
  organisation = await createOrganisation(db.orm.em.fork(), { slug: 'reset-org' });
});
afterAll(async () => {
  await client.app.close();
  await mail.close();
  await db.drop();
});

async function request(email: string, headers = fresh()) {
  return client.query<{ requestPasswordReset: { accepted: boolean; userErrors: { code: string }[] } }>(
    REQUEST,
    { i: { email } },
    headers,
  );
}

async function reset(token: string, newPassword = NEW_PASSWORD) {
  const res = await client.query<{
    resetPassword: { reset: boolean; endedSessions: number; userErrors: { field: string; code: string }[] };
  }>(RESET, { i: { token, newPassword } });
  return res.data!.resetPassword;
}

/** Requests a reset for the member and returns the secret from the link in the email they got. */
async function tokenFor(email: string): Promise<string> {
  expect((await request(email)).data!.requestPasswordReset.accepted).toBe(true);
  await mail.deliver(db);
  const mails = await mail.to(email);
  return decodeURIComponent(linkIn(mails.at(-1)!, '/reset-password/').split('/reset-password/')[1]!);
}

describe('asking for a reset', () => {
  it('answers the same whether or not the email has an account, and mails only the account', async () => {
    await createMember(db.orm.em.fork(), { organisation, email: 'kendt@reset.example', name: 'Kendt <Person>' });
    const known = await request('Kendt@Reset.example');
    const unknown = await request('ukendt@reset.example');
    expect(known).toEqual(unknown);
    expect(known.data!.requestPasswordReset).toEqual({ accepted: true, userErrors: [] });
    expect(await mail.deliver(db)).toMatchObject({ sent: 1, retried: 0, failed: 0 });
    expect(await mail.to('ukendt@reset.example')).toEqual([]);
    const [message] = await mail.to('kendt@reset.example');
    expect(message!.subject).toBe('Nulstil din adgangskode til Vidensbro');
    expect(message!.text).toContain('Hej Kendt <Person>');
    expect(message!.html).toContain('Hej Kendt &lt;Person&gt;');
    expect(message!.html).not.toContain('<Person>');
    const link = linkIn(message!, '/reset-password/');
    expect(link).toMatch(/^https:\/\/vidensbro\.test\/reset-password\/vbr_[A-Za-z0-9_-]{43}$/);
    // Only a hash of the secret is stored, and the secret leaves the outbox once the mail is out.
    const secret = link.split('/').at(-1)!;
    const rows = await db.orm.em
      .fork()
      .getConnection()
      .execute<{ data: unknown }[]>('select data::text from mail_outbox');
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(await db.orm.em.fork().count(PasswordReset, { secretHash: secret })).toBe(0);
  });

  it('refuses a malformed email with a coded error, not a 500', async () => {
    const res = await request('ikke-en-mail');
    expect(res.status).toBe(200);
    expect(res.data!.requestPasswordReset).toMatchObject({ accepted: false, userErrors: [{ code: 'INVALID' }] });
  });

  it('writes in English to a member who chose English', async () => {
    const em = db.orm.em.fork();
    const member = await createMember(em, { organisation, email: 'english@reset.example', name: 'Ann' });
    member.language = 'en';
    await em.flush();
    await tokenFor('english@reset.example');
    const [message] = await mail.to('english@reset.example');
    expect(message!.subject).toBe('Reset your Vidensbro password');
    expect(message!.text).toContain('Hello Ann');
  });
});

describe('resetting', () => {
  it('sets the new password once, ends every session, and the old password stops working', async () => {
    await createMember(db.orm.em.fork(), { organisation, email: 'glemsom@reset.example' });
    const cookie = await client.signIn('glemsom@reset.example', PASSWORD);
    const token = await tokenFor('glemsom@reset.example');
    expect(await reset(token)).toEqual({ reset: true, endedSessions: 1, userErrors: [] });
    const viewer = await client.query<{ viewer: null | object }>('{ viewer { member { id } } }', {}, { cookie });
    expect(viewer.data!.viewer).toBeNull();
    await expect(client.signIn('glemsom@reset.example', PASSWORD)).rejects.toThrow(/Sign-in failed/);
    await client.signIn('glemsom@reset.example', NEW_PASSWORD);
    // The link works once.
    expect(await reset(token, 'endnu-en-ny-adgangskode')).toMatchObject({
      reset: false,
      userErrors: [{ field: 'input.token', code: 'EXPIRED' }],
    });
  });

  it('refuses an expired link, an unknown one, and every other link once one was used', async () => {
    const em = db.orm.em.fork();
    const member = await createMember(em, { organisation, email: 'udloebet@reset.example' });
    const old = await tokenFor('udloebet@reset.example');
    await em.nativeUpdate(PasswordReset, { member: member.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await reset(old)).userErrors).toEqual([{ field: 'input.token', code: 'EXPIRED' }]);
    expect((await reset('vbr_forfalsket')).userErrors).toEqual([{ field: 'input.token', code: 'EXPIRED' }]);

    const first = await tokenFor('udloebet@reset.example');
    const second = await tokenFor('udloebet@reset.example');
    expect((await reset(second)).reset).toBe(true);
    expect((await reset(first)).userErrors).toEqual([{ field: 'input.token', code: 'EXPIRED' }]);
  });

  it('holds the new password to the rules of sign-up and keeps the link for a better one', async () => {
    await createMember(db.orm.em.fork(), { organisation, email: 'svag@reset.example' });
    const token = await tokenFor('svag@reset.example');
    const weak = await reset(token, 'kort');
    expect(weak.reset).toBe(false);
    expect(weak.userErrors[0]!.field).toBe('input.newPassword');
    expect(await reset(token, 'qwertyuiop')).toMatchObject({ reset: false });
    expect((await reset(token)).reset).toBe(true);
  });

  it('does not reset a removed member', async () => {
    const em = db.orm.em.fork();
    const member = await createMember(em, { organisation, email: 'fjernet@reset.example' });
    const token = await tokenFor('fjernet@reset.example');
    await em.nativeUpdate(Member, { id: member.id }, { deactivatedAt: new Date() });
    expect((await reset(token)).userErrors).toEqual([{ field: 'input.token', code: 'EXPIRED' }]);
  });
});

describe('limits', () => {
  it('caps requests per email alike for accounts and non-accounts', async () => {
    await createMember(db.orm.em.fork(), { organisation, email: 'travl@reset.example' });
    for (const email of ['travl@reset.example', 'ingen@reset.example']) {
      for (let i = 0; i < PASSWORD_RESET_LIMITS.account.points; i++)
        expect((await request(email)).data!.requestPasswordReset.accepted).toBe(true);
      const limited = await request(email);
      expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
    await mail.deliver(db);
    expect(await mail.to('travl@reset.example')).toHaveLength(PASSWORD_RESET_LIMITS.account.points);
  });

  it('caps requests per address across emails', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.77' };
    for (let i = 0; i < PASSWORD_RESET_LIMITS.address.points; i++)
      expect((await request(`adresse${i}@reset.example`, headers)).data!.requestPasswordReset.accepted).toBe(true);
    expect((await request('endnu-en@reset.example', headers)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
