import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Follow } from '../../src/modules/discussion/comment.entity.js';
import { queueDueDigests } from '../../src/modules/mail/digest-schedule.js';
import { MailOutbox, MailStatus } from '../../src/modules/mail/mail.entities.js';
import { DigestFrequency, Member } from '../../src/modules/member/member.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import type { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createMailCatcher, linkIn, type MailCatcher } from '../helpers/mail.js';

let db: TestDatabase;
let client: TestClient;
let mail: MailCatcher;
let home: Organisation;
let other: Organisation;

const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  mail = await createMailCatcher();
  const em = db.orm.em.fork();
  home = await createOrganisation(em, { slug: 'dm-home' });
  other = await createOrganisation(em, { slug: 'dm-other' });
  const method = (slug: string, name: string, visibility: Visibility, owner: Organisation | null) =>
    em.create(Method, { slug, name, summary: 's', description: 'd', visibility, owner, publishedAt: new Date() });
  method('dm-open', 'Åben <b>metode</b>', Visibility.PUBLIC, null);
  method('dm-secret', 'Andres interne metode', Visibility.ORGANISATION, other);
  await em.flush();
});
afterAll(async () => {
  await client.app.close();
  await mail.close();
  await db.drop();
});

/** A member who joined `days` ago, with the given digest setting. */
async function memberSince(email: string, days: number, frequency = DigestFrequency.WEEKLY): Promise<Member> {
  const em = db.orm.em.fork();
  const member = await createMember(em, { organisation: home, email, name: email.split('@')[0] });
  await em.nativeUpdate(
    Member,
    { id: member.id },
    { createdAt: new Date(Date.now() - days * DAY), digestFrequency: frequency },
  );
  return member;
}

const digestRows = (member: Member) =>
  db.orm.em.fork().find(MailOutbox, { member: member.id, kind: 'DIGEST' as MailOutbox['kind'] });

describe('the digest email', () => {
  it('goes out once a period with what the member may read, escaped, with one-click unsubscribe headers', async () => {
    const member = await memberSince('ugentlig@dm.example', 8);
    const fresh = await memberSince('ny@dm.example', 2);
    await queueDueDigests(db.orm.em.fork());
    expect(await digestRows(member)).toHaveLength(1);
    expect(await digestRows(fresh)).toHaveLength(0);
    // Not again within the same week.
    await queueDueDigests(db.orm.em.fork());
    expect(await digestRows(member)).toHaveLength(1);

    await mail.deliver(db);
    const [digest] = await mail.to('ugentlig@dm.example');
    expect(digest!.subject).toBe('Nyt på Vidensbro den seneste uge');
    expect(digest!.text).toContain('Åben <b>metode</b>');
    expect(digest!.html).toContain('Åben &lt;b&gt;metode&lt;/b&gt;');
    expect(digest!.text).not.toContain('Andres interne metode');
    expect(digest!.text).toContain('https://vidensbro.test/methods/dm-open');
    const unsubscribe = linkIn(digest!, '/unsubscribe?token=');
    expect(digest!.headers['List-Unsubscribe']).toBe(`<${unsubscribe}>`);
    expect(digest!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const eml = await readFile(path.join(mail.dataDir, 'mail', digest!.file), 'utf8');
    expect(eml).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(eml).toMatch(/Content-Type: multipart\/alternative/);
  });

  it('comes daily for daily members, never for NEVER, and not at all when nothing is new', async () => {
    const daily = await memberSince('daglig@dm.example', 2, DigestFrequency.DAILY);
    const never = await memberSince('aldrig@dm.example', 30, DigestFrequency.NEVER);
    const quiet = await memberSince('stille@dm.example', 8);
    const em = db.orm.em.fork();
    const topic = em.create(Topic, { slug: 'dm-tomt-emne', nameDa: 'Tomt emne', nameEn: 'Empty topic' });
    em.create(Follow, { member: quiet.id, subjectType: 'Topic', subjectId: topic.id });
    await em.flush();
    await queueDueDigests(db.orm.em.fork());
    expect(await digestRows(daily)).toHaveLength(1);
    expect(await digestRows(never)).toHaveLength(0);
    expect(await digestRows(quiet)).toHaveLength(1);
    await mail.deliver(db);
    expect((await mail.to('daglig@dm.example'))[0]!.subject).toBe('Nyt på Vidensbro det seneste døgn');
    expect(await mail.to('stille@dm.example')).toEqual([]);
    expect((await digestRows(quiet))[0]!.status).toBe(MailStatus.SKIPPED);
  });

  it('is built when sent: a member who lost access by then gets nothing they can no longer read', async () => {
    const member = await memberSince('tabt@dm.example', 8);
    await queueDueDigests(db.orm.em.fork());
    const em = db.orm.em.fork();
    await em.nativeUpdate(Method, { slug: 'dm-open' }, { visibility: Visibility.ORGANISATION, owner: other.id });
    try {
      await mail.deliver(db);
      expect(await mail.to('tabt@dm.example')).toEqual([]);
      expect((await digestRows(member))[0]!.status).toBe(MailStatus.SKIPPED);
    } finally {
      await em.nativeUpdate(Method, { slug: 'dm-open' }, { visibility: Visibility.PUBLIC, owner: null });
    }
  });
});

describe('one-click unsubscribe', () => {
  async function tokenOf(email: string): Promise<string> {
    await queueDueDigests(db.orm.em.fork());
    await mail.deliver(db);
    const [digest] = await mail.to(email);
    return new URL(linkIn(digest!, '/unsubscribe?token=')).searchParams.get('token')!;
  }

  it('asks on GET and unsubscribes on the mail client’s POST, without signing in', async () => {
    const member = await memberSince('afmeld@dm.example', 8);
    const token = await tokenOf('afmeld@dm.example');
    const page = await client.app.inject({ method: 'GET', url: `/unsubscribe?token=${encodeURIComponent(token)}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    // A GET (a link scanner) changes nothing.
    expect((await db.orm.em.fork().findOneOrFail(Member, member.id)).digestFrequency).toBe(DigestFrequency.WEEKLY);

    const post = await client.app.inject({
      method: 'POST',
      url: `/unsubscribe?token=${encodeURIComponent(token)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(post.statusCode).toBe(200);
    expect(post.body).toContain('Du får ikke længere overblikket på mail.');
    expect((await db.orm.em.fork().findOneOrFail(Member, member.id)).digestFrequency).toBe(DigestFrequency.NEVER);
    // And no digest comes any more.
    await db.orm.em.fork().nativeUpdate(Member, { id: member.id }, { digestSentAt: new Date(Date.now() - 30 * DAY) });
    await queueDueDigests(db.orm.em.fork());
    expect(await digestRows(member)).toHaveLength(1);
  });

  it('refuses a token changed to another member or topic, or made up', async () => {
    const victim = await memberSince('offer@dm.example', 1);
    await memberSince('angriber@dm.example', 8);
    const token = await tokenOf('angriber@dm.example');
    const [, memberId, signature] = token.split('.');
    const forged = [
      `digest.${victim.id}.${signature}`,
      `notifications.${memberId}.${signature}`,
      `digest.${memberId}.${'A'.repeat(43)}`,
      'digest',
      '',
    ];
    for (const bad of forged) {
      const res = await client.app.inject({ method: 'POST', url: `/unsubscribe?token=${encodeURIComponent(bad)}` });
      expect(res.statusCode, bad).toBe(400);
    }
    const res = await client.app.inject({ method: 'POST', url: '/unsubscribe?token=x&token=y' });
    expect(res.statusCode).toBe(400);
    expect((await db.orm.em.fork().findOneOrFail(Member, victim.id)).digestFrequency).toBe(DigestFrequency.WEEKLY);
  });
});
