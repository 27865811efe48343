import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MailKind } from '../../src/modules/mail/mail.entities.js';
import { enqueueMail } from '../../src/modules/mail/outbox.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createMailCatcher, type MailCatcher } from '../helpers/mail.js';

let db: TestDatabase;
let mail: MailCatcher;
const clients: TestClient[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  mail = await createMailCatcher();
  const em = db.orm.em.fork();
  enqueueMail(em, {
    kind: MailKind.INVITATION,
    recipient: 'dev@mail.example',
    data: {
      secret: 'vbi_x',
      organisation: 'Org <i>',
      inviter: 'Ida',
      role: 'MEMBER',
      expiresAt: new Date().toISOString(),
    },
  });
  await em.flush();
  await mail.deliver(db);
});
afterAll(async () => {
  for (const client of clients) await client.app.close();
  await mail.close();
  await db.drop();
});

async function clientWith(env: Record<string, string>): Promise<TestClient> {
  const client = await createTestClient(db, { ...loadConfig(env), dataDir: mail.dataDir });
  clients.push(client);
  return client;
}

describe('/dev/mail', () => {
  it('lists caught mail and shows a message with its links, escaped', async () => {
    const client = await clientWith({ NODE_ENV: 'development' });
    const list = await client.app.inject({ method: 'GET', url: '/dev/mail' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Invitation til Vidensbro fra Org &lt;i&gt;');
    const [caught] = await mail.all();
    const view = await client.app.inject({ method: 'GET', url: `/dev/mail/${caught!.id}` });
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('<a href="https://vidensbro.test/invitation/vbi_x">');
    const eml = await client.app.inject({ method: 'GET', url: `/dev/mail/${caught!.id}/eml` });
    expect(eml.body).toContain('To: dev@mail.example');
    const html = await client.app.inject({ method: 'GET', url: `/dev/mail/${caught!.id}/html` });
    expect(html.headers['content-security-policy']).toContain('sandbox');
    for (const bad of ['..%2F..%2Fetc%2Fpasswd', '%2E%2E', 'nope'])
      expect((await client.app.inject({ method: 'GET', url: `/dev/mail/${bad}` })).statusCode).toBe(404);
  });

  it('is never there in production or when mail goes out over SMTP', async () => {
    for (const env of [{ NODE_ENV: 'production' }, { SMTP_URL: 'smtp://127.0.0.1:2525' }] as Record<string, string>[]) {
      const client = await clientWith(env);
      const res = await client.app.inject({ method: 'GET', url: '/dev/mail' });
      expect(res.body).not.toContain('Invitation til Vidensbro');
      expect(res.body).not.toContain('Caught mail');
    }
  });
});

describe('email settings', () => {
  it('are the member’s own to read and change', async () => {
    const client = await clientWith({});
    const em = db.orm.em.fork();
    const organisation = await createOrganisation(em, { slug: 'settings-org' });
    await createMember(em, { organisation, email: 'indstillinger@mail.example' });
    const cookie = await client.signIn('indstillinger@mail.example', PASSWORD);
    const read = await client.query<{ viewer: { emailSettings: object } }>(
      '{ viewer { emailSettings { language digestFrequency notificationsByEmail } } }',
      {},
      { cookie },
    );
    expect(read.data!.viewer.emailSettings).toEqual({
      language: 'DA',
      digestFrequency: 'WEEKLY',
      notificationsByEmail: true,
    });
    const changed = await client.query<{ updateEmailSettings: { emailSettings: object } }>(
      `mutation($i: UpdateEmailSettingsInput!) { updateEmailSettings(input: $i) {
        emailSettings { language digestFrequency notificationsByEmail } userErrors { code } } }`,
      { i: { language: 'EN', digestFrequency: 'DAILY', notificationsByEmail: false } },
      { cookie },
    );
    expect(changed.data!.updateEmailSettings.emailSettings).toEqual({
      language: 'EN',
      digestFrequency: 'DAILY',
      notificationsByEmail: false,
    });
    // The member's export says what they chose and what was emailed to them.
    const exported = await client.query<{ exportMyData: { profile: { emailSettings: object }; emails: unknown[] } }>(
      '{ exportMyData }',
      {},
      { cookie },
    );
    expect(exported.data!.exportMyData.profile.emailSettings).toEqual({
      language: 'en',
      digestFrequency: 'DAILY',
      notificationsByEmail: false,
    });
    expect(exported.data!.exportMyData.emails).toEqual([]);
    const anonymous = await client.query(
      'mutation { updateEmailSettings(input: { digestFrequency: NEVER }) { userErrors { code } } }',
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
