import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailKind, MailOutbox, MailStatus } from '../../src/modules/mail/mail.entities.js';
import { enqueueMail } from '../../src/modules/mail/outbox.js';
import { pruneMail } from '../../src/modules/mail/prune.js';
import { backoffSeconds, deliverDue, MAX_ATTEMPTS } from '../../src/modules/mail/sender.js';
import { createMailTransport } from '../../src/modules/mail/transport.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import type { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, testLogger, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { BASE_URL, createMailCatcher, linkIn, type MailCatcher } from '../helpers/mail.js';

let db: TestDatabase;
let client: TestClient;
let mail: MailCatcher;
let organisation: Organisation;
let adminCookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  mail = await createMailCatcher();
  const em = db.orm.em.fork();
  organisation = await createOrganisation(em, { slug: 'mail-org' });
  await createMember(em, { organisation, role: MemberRole.ORG_ADMIN, email: 'admin@mail.example', name: 'Ida Admin' });
  const { PASSWORD } = await import('../helpers/factories.js');
  adminCookie = await client.signIn('admin@mail.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await mail.close();
  await db.drop();
});

const pending = () => db.orm.em.fork().find(MailOutbox, { status: MailStatus.PENDING });

/** A real SMTP server on a spare loopback port that refuses (451) while `failing` is set, and keeps what it takes. */
async function smtpServer() {
  const received: string[] = [];
  const state = { failing: true };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.failing) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  const net = server.listen(0, '127.0.0.1');
  await new Promise((resolve) => net.once('listening', resolve));
  const port = (net.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, state, close: () => new Promise<void>((r) => server.close(r)) };
}

describe('invitations', () => {
  it('are emailed with the same single-use link the org admin can still copy', async () => {
    const res = await client.query<{
      inviteMember: { invitationSecret: string; emailed: boolean; userErrors: unknown[] };
    }>(
      `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationSecret emailed userErrors { code } } }`,
      { i: { organisation: organisation.nodeId, email: 'ny@mail.example', role: 'MEMBER' } },
      { cookie: adminCookie },
    );
    expect(res.data!.inviteMember).toMatchObject({ emailed: true, userErrors: [] });
    await mail.deliver(db);
    const [invitation] = await mail.to('ny@mail.example');
    expect(invitation!.subject).toBe('Invitation til Vidensbro fra Test mail-org');
    expect(invitation!.text).toContain('Ida Admin har inviteret dig til Vidensbro som medlem i Test mail-org.');
    const secret = res.data!.inviteMember.invitationSecret;
    expect(linkIn(invitation!, '/invitation/')).toBe(`${BASE_URL}/invitation/${encodeURIComponent(secret)}`);
    const accepted = await client.query<{ acceptInvitation: { member: { name: string } | null } }>(
      `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { member { name } } }`,
      { i: { secret, name: 'Ny Kollega', password: 'en-lang-og-god-adgangskode' } },
    );
    expect(accepted.data!.acceptInvitation.member).toEqual({ name: 'Ny Kollega' });
  });

  it('that fail are not emailed: the message lives and dies with its transaction', async () => {
    const res = await client.query<{ inviteMember: { emailed: boolean; userErrors: { code: string }[] } }>(
      `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { emailed userErrors { code } } }`,
      { i: { organisation: organisation.nodeId, email: 'admin@mail.example', role: 'MEMBER' } },
      { cookie: adminCookie },
    );
    expect(res.data!.inviteMember).toEqual({ emailed: false, userErrors: [{ code: 'TAKEN' }] });
    await expect(
      db.orm.em.fork().transactional(async (em) => {
        enqueueMail(em, { kind: MailKind.INVITATION, recipient: 'rulletilbage@mail.example', data: {} });
        await em.flush();
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db.orm.em.fork().count(MailOutbox, { recipient: 'rulletilbage@mail.example' })).toBe(0);
    expect(await pending()).toEqual([]);
  });
});

describe('sending over SMTP', () => {
  it('keeps every message while the server refuses, backs off, and delivers once it accepts', async () => {
    const smtp = await smtpServer();
    const transport = createMailTransport({
      smtpUrl: smtp.url,
      from: 'Vidensbro <noreply@vidensbro.test>',
      dataDir: '/nonexistent',
    });
    const deps = { em: db.orm.em, transport, baseUrl: BASE_URL, logger: testLogger };
    try {
      const em = db.orm.em.fork();
      for (const n of [1, 2, 3])
        enqueueMail(em, {
          kind: MailKind.INVITATION,
          recipient: `smtp${n}@mail.example`,
          data: {
            secret: `s${n}`,
            organisation: 'Org',
            inviter: 'Ida',
            role: 'MEMBER',
            expiresAt: new Date().toISOString(),
          },
        });
      await em.flush();

      expect(await deliverDue(deps)).toEqual({ sent: 0, skipped: 0, retried: 3, failed: 0 });
      const waiting = await pending();
      expect(waiting).toHaveLength(3);
      for (const row of waiting) {
        expect(row.attempts).toBe(1);
        expect(row.lastError).toContain('Try again later');
        expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + (backoffSeconds(1) - 5) * 1000);
      }
      // Not due yet: nothing is tried again before the backoff has passed.
      expect(await deliverDue(deps)).toEqual({ sent: 0, skipped: 0, retried: 0, failed: 0 });

      smtp.state.failing = false;
      await db.orm.em.fork().nativeUpdate(MailOutbox, { status: MailStatus.PENDING }, { nextAttemptAt: new Date() });
      expect(await deliverDue(deps)).toEqual({ sent: 3, skipped: 0, retried: 0, failed: 0 });
      expect(smtp.received).toHaveLength(3);
      expect(smtp.received.join('\n')).toContain('To: smtp1@mail.example');
      expect(await pending()).toEqual([]);
    } finally {
      transport.close();
      await smtp.close();
    }
  });

  it('gives up after the last attempt and keeps the message as FAILED', async () => {
    const smtp = await smtpServer();
    const transport = createMailTransport({ smtpUrl: smtp.url, from: 'x <x@vidensbro.test>', dataDir: '/nonexistent' });
    try {
      const em = db.orm.em.fork();
      const row = enqueueMail(em, {
        kind: MailKind.INVITATION,
        recipient: 'opgiv@mail.example',
        data: { secret: 's' },
      });
      row.attempts = MAX_ATTEMPTS - 1;
      await em.flush();
      const result = await deliverDue({ em: db.orm.em, transport, baseUrl: BASE_URL, logger: testLogger });
      expect(result.failed).toBe(1);
      const failed = await db.orm.em.fork().findOneOrFail(MailOutbox, { recipient: 'opgiv@mail.example' });
      expect(failed.status).toBe(MailStatus.FAILED);
    } finally {
      transport.close();
      await smtp.close();
    }
  });
});

describe('several senders', () => {
  it('share the outbox without sending any message twice', async () => {
    const em = db.orm.em.fork();
    for (let n = 0; n < 30; n++)
      enqueueMail(em, {
        kind: MailKind.INVITATION,
        recipient: `mange${n}@mail.example`,
        data: { secret: `m${n}`, organisation: 'Org', role: 'MEMBER', expiresAt: new Date().toISOString() },
      });
    await em.flush();
    const before = (await mail.all()).length;
    const results = await Promise.all([mail.deliver(db), mail.deliver(db), mail.deliver(db)]);
    const sent = results.reduce((sum, r) => sum + r.sent, 0) + (await mail.deliver(db)).sent;
    expect(sent).toBe(30);
    const caught = (await mail.all()).slice(before);
    expect(new Set(caught.map((m) => m.to)).size).toBe(30);
    expect(caught).toHaveLength(30);
  });
});

describe('pruning', () => {
  it('deletes old sent and skipped messages, never pending ones, and keeps failed ones longer', async () => {
    const em = db.orm.em.fork();
    const old = new Date(Date.now() - 31 * 86_400_000);
    const rows = Object.fromEntries(
      [MailStatus.SENT, MailStatus.SKIPPED, MailStatus.PENDING, MailStatus.FAILED].map((status) => {
        const row = enqueueMail(em, { kind: MailKind.INVITATION, recipient: `prune-${status}@mail.example`, data: {} });
        Object.assign(row, { status, createdAt: old, nextAttemptAt: new Date(Date.now() + 86_400_000) });
        return [status, row];
      }),
    );
    await em.flush();
    await pruneMail(db.orm.em.fork());
    const left = await db.orm.em.fork().find(MailOutbox, { recipient: { $like: 'prune-%' } });
    expect(left.map((r) => r.status).sort()).toEqual([MailStatus.FAILED, MailStatus.PENDING]);
    await pruneMail(db.orm.em.fork(), new Date(Date.now() + 60 * 86_400_000));
    const later = await db.orm.em.fork().find(MailOutbox, { recipient: { $like: 'prune-%' } });
    expect(later.map((r) => r.id)).toEqual([rows[MailStatus.PENDING]!.id]);
  });
});
