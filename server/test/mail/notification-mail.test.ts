import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { MailKind, MailOutbox, MailStatus } from '../../src/modules/mail/mail.entities.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { Member } from '../../src/modules/member/member.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createMailCatcher, linkIn, type MailCatcher } from '../helpers/mail.js';
import { notifyPromoted } from '../../src/modules/notification/notification.commands.js';
import { createEvent } from '../meetings/fixtures.js';

let db: TestDatabase;
let client: TestClient;
let mail: MailCatcher;
let writerCookie: string;
let reader: Member;
let writerOrg: Organisation;
let method: Method;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  mail = await createMailCatcher();
  const em = db.orm.em.fork();
  writerOrg = await createOrganisation(em, { slug: 'nm-writer' });
  const readerOrg = await createOrganisation(em, { slug: 'nm-reader' });
  await createMember(em, { organisation: writerOrg, email: 'skribent@nm.example', name: 'Sara Skribent' });
  reader = await createMember(em, { organisation: readerOrg, email: 'laeser@nm.example', name: 'Lars Læser' });
  method = em.create(Method, {
    slug: 'nm-method',
    name: 'Metode',
    summary: 's',
    description: 'd',
    visibility: Visibility.PUBLIC,
    publishedAt: new Date(),
  });
  await em.flush();
  writerCookie = await client.signIn('skribent@nm.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await mail.close();
  await db.drop();
});

async function mention(title: string): Promise<void> {
  const res = await client.query<{ startThread: { userErrors: unknown[] } }>(
    'mutation($i: StartThreadInput!) { startThread(input: $i) { userErrors { code message } } }',
    {
      i: {
        about: method.nodeId,
        title,
        body: `Hvad mener du, [@Lars Læser](mention:${reader.nodeId})? Se **her** & svar`,
      },
    },
    { cookie: writerCookie },
  );
  expect(res.data!.startThread.userErrors).toEqual([]);
}

const notificationMails = () =>
  db.orm.em.fork().find(MailOutbox, { kind: MailKind.NOTIFICATION, member: reader.id }, { orderBy: { id: 'asc' } });

describe('notification emails', () => {
  it('tell the member what happened, escaped, with a link and a way to stop them', async () => {
    await mention('Erfaringer <med> metoden');
    await mail.deliver(db);
    const [message] = await mail.to('laeser@nm.example');
    expect(message!.subject).toBe('Sara Skribent nævnte dig: Erfaringer <med> metoden');
    expect(message!.text).toContain('«Hvad mener du, @Lars Læser? Se her & svar»');
    expect(message!.html).toContain('Erfaringer &lt;med&gt; metoden');
    expect(message!.html).toContain('&amp; svar');
    expect(linkIn(message!, '/threads/')).toMatch(/^https:\/\/vidensbro\.test\/threads\/.+/);
    expect(message!.headers['List-Unsubscribe']).toMatch(
      /^<https:\/\/vidensbro\.test\/unsubscribe\?token=notifications\./,
    );
  });

  it('are never sent about content the member can no longer read when it is their turn', async () => {
    await mention('Snart kun for skribentens organisation');
    const em = db.orm.em.fork();
    const row = await em.findOneOrFail(Method, method.id);
    row.visibility = Visibility.ORGANISATION;
    row.owner = em.getReference(Organisation, writerOrg.id, { wrapped: true });
    await em.flush();
    try {
      await mail.deliver(db);
      const subjects = (await mail.to('laeser@nm.example')).map((m) => m.subject);
      expect(subjects.join('\n')).not.toContain('Snart kun');
      expect((await notificationMails()).at(-1)!.status).toBe(MailStatus.SKIPPED);
    } finally {
      row.visibility = Visibility.PUBLIC;
      row.owner = null;
      await em.flush();
    }
  });

  it('are not queued for a member who turned them off, and stop through the signed link', async () => {
    const [first] = await mail.to('laeser@nm.example');
    const token = new URL(linkIn(first!, '/unsubscribe?token=')).searchParams.get('token')!;
    const res = await client.app.inject({ method: 'POST', url: `/unsubscribe?token=${encodeURIComponent(token)}` });
    expect(res.statusCode).toBe(200);
    expect((await db.orm.em.fork().findOneOrFail(Member, reader.id)).emailNotifications).toBe(false);
    const before = (await notificationMails()).length;
    await mention('Efter afmelding');
    expect(await notificationMails()).toHaveLength(before);
  });

  it('tell a member their seat from the waiting list is confirmed, in English when chosen', async () => {
    const em = db.orm.em.fork();
    await em.nativeUpdate(Member, { id: reader.id }, { emailNotifications: true, language: 'en' });
    const { event } = await createEvent(em, { slug: 'nm-meeting', title: 'Forum <maj>' });
    await em.transactional((tx) => notifyPromoted(tx, tx.getReference(Event, event.id), [reader.id]));
    await mail.deliver(db);
    const message = (await mail.to('laeser@nm.example')).at(-1)!;
    expect(message.subject).toBe('You have a seat from the waiting list: Forum <maj>');
    expect(message.html).toContain('Forum &lt;maj&gt;');
    expect(linkIn(message, '/events/')).toBe('https://vidensbro.test/events/nm-meeting');
  });
});
