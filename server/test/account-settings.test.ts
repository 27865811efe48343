import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import type { Member } from '../src/modules/member/member.entity.js';
import { Notification } from '../src/modules/notification/notification.entity.js';
import { Topic } from '../src/modules/topic/topic.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type GraphQLResponse, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let anne: Member;
let topicId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await createOrganisation(em, { slug: 'kontokommune' });
  anne = await createMember(em, { organisation: org, name: 'Anne Holm', email: 'anne@konto.example' });
  await createMember(em, { organisation: org, name: 'Bo Lund', email: 'bo@konto.example' });
  await createMember(em, { organisation: org, name: 'Cia Berg', email: 'cia@konto.example' });
  const topic = em.create(Topic, { slug: 'konto-emne', nameDa: 'Kontoemne', nameEn: 'Account topic' });
  await em.flush();
  topicId = encodeGlobalId('Topic', topic.id);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Errors = { field: string | null; code: string; message: string }[];
const codes = (res: GraphQLResponse) => res.errors?.map((e) => e.extensions?.code);
const PROFILE = `mutation($i: UpdateProfileInput!) {
  updateProfile(input: $i) { member { name title } userErrors { field code message } }
}`;
const PASSWORD_CHANGE = `mutation($i: ChangePasswordInput!) {
  changePassword(input: $i) { changed endedSessions userErrors { field code message } }
}`;
const SETTINGS = `mutation($i: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $i) { notificationSettings { kind enabled optional } userErrors { field code } }
}`;
async function token(cookie: string, scopes: string[]): Promise<Record<string, string>> {
  const res = await client.query<{ createApiToken: { secret: string } }>(
    'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }',
    { i: { name: `Nøgle ${scopes.join('+')}`, scopes } },
    { cookie },
  );
  return { authorization: `Bearer ${res.data!.createApiToken.secret}` };
}

describe('a member’s own profile', () => {
  it('changes name and title with a userError for a bad name; a READ token may not, a WRITE token may', async () => {
    const cookie = await client.signIn('cia@konto.example', PASSWORD);
    const bad = await client.query<{ updateProfile: { member: null; userErrors: Errors } }>(
      PROFILE,
      { i: { name: '   ' } },
      { cookie },
    );
    expect(bad.data!.updateProfile).toMatchObject({ member: null, userErrors: [{ field: 'input.name' }] });
    const good = await client.query(PROFILE, { i: { name: 'Cia Bergholt', title: 'Familierådgiver' } }, { cookie });
    expect(good.data).toEqual({
      updateProfile: { member: { name: 'Cia Bergholt', title: 'Familierådgiver' }, userErrors: [] },
    });

    expect(codes(await client.query(PROFILE, { i: { name: 'X' } }, await token(cookie, ['READ'])))).toEqual([
      'FORBIDDEN',
    ]);
    const write = await client.query(
      PROFILE,
      { i: { name: 'Cia B.', title: '' } },
      await token(cookie, ['READ', 'WRITE']),
    );
    expect(write.data).toEqual({ updateProfile: { member: { name: 'Cia B.', title: null }, userErrors: [] } });
    expect(codes(await client.query(PROFILE, { i: { name: 'Ingen' } }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('changing the password', () => {
  it('needs the current password, refuses weak ones as sign-up does, and signs out every other browser', async () => {
    const here = await client.signIn('bo@konto.example', PASSWORD);
    const elsewhere = await client.signIn('bo@konto.example', PASSWORD);
    const change = (currentPassword: string, newPassword: string, headers: Record<string, string> = { cookie: here }) =>
      client.query<{ changePassword: { changed: boolean; endedSessions: number; userErrors: Errors } }>(
        PASSWORD_CHANGE,
        { i: { currentPassword, newPassword } },
        headers,
      );

    const wrong = await change('forkert-kodeord-123', 'et-helt-nyt-kodeord');
    expect(wrong.data!.changePassword).toMatchObject({
      changed: false,
      userErrors: [{ field: 'input.currentPassword', code: 'INVALID_CREDENTIALS' }],
    });
    const weak = await change(PASSWORD, 'kort');
    expect(weak.data!.changePassword.userErrors).toEqual([
      { field: 'input.newPassword', code: 'INVALID', message: 'Use at least 10 characters.' },
    ]);
    expect((await change(PASSWORD, PASSWORD)).data!.changePassword.userErrors).toMatchObject([
      { field: 'input.newPassword' },
    ]);
    // Even a WRITE token cannot change the password: a leaked token must not take the account over.
    expect(codes(await change(PASSWORD, 'et-helt-nyt-kodeord', await token(here, ['READ', 'WRITE'])))).toEqual([
      'FORBIDDEN',
    ]);

    const done = await change(PASSWORD, 'et-helt-nyt-kodeord');
    expect(done.data!.changePassword).toEqual({ changed: true, endedSessions: 1, userErrors: [] });
    const VIEWER = '{ viewer { member { name } } }';
    expect((await client.query(VIEWER, {}, { cookie: here })).data).toEqual({
      viewer: { member: { name: 'Bo Lund' } },
    });
    expect((await client.query(VIEWER, {}, { cookie: elsewhere })).data).toEqual({ viewer: null });
    await expect(client.signIn('bo@konto.example', PASSWORD)).rejects.toThrow();
    await client.signIn('bo@konto.example', 'et-helt-nyt-kodeord');
  });

  it('counts wrong current passwords as failed sign-ins, so guessing is rate limited', async () => {
    const cookie = await client.signIn('cia@konto.example', PASSWORD);
    let last: GraphQLResponse | undefined;
    for (let i = 0; i < 9; i++) {
      last = await client.query(
        PASSWORD_CHANGE,
        { i: { currentPassword: `gæt-nummer-${i}`, newPassword: 'x'.repeat(12) } },
        {
          cookie,
        },
      );
    }
    expect(codes(last!)).toEqual(['RATE_LIMITED']);
  });
});

describe('notification settings', () => {
  const countFor = (member: Member) => db.orm.em.fork().count(Notification, { member: member.id });

  it('lists every kind, turns the optional ones off and on, and refuses the rest', async () => {
    const cookie = await client.signIn('anne@konto.example', PASSWORD);
    const listed = await client.query<{ viewer: { notificationSettings: { kind: string; enabled: boolean }[] } }>(
      '{ viewer { notificationSettings { kind enabled optional } } }',
      {},
      { cookie },
    );
    expect(listed.data!.viewer.notificationSettings).toContainEqual({ kind: 'MENTION', enabled: true, optional: true });
    expect(listed.data!.viewer.notificationSettings).toContainEqual({
      kind: 'WAITLIST_PROMOTED',
      enabled: true,
      optional: false,
    });

    const refused = await client.query<{ updateNotificationSettings: { userErrors: Errors } }>(
      SETTINGS,
      { i: { settings: [{ kind: 'WAITLIST_PROMOTED', enabled: false }] } },
      { cookie },
    );
    expect(refused.data!.updateNotificationSettings.userErrors).toMatchObject([{ field: 'input.settings.0.enabled' }]);
    const twice = await client.query<{ updateNotificationSettings: { userErrors: Errors } }>(
      SETTINGS,
      {
        i: {
          settings: [
            { kind: 'MENTION', enabled: false },
            { kind: 'MENTION', enabled: true },
          ],
        },
      },
      { cookie },
    );
    expect(twice.data!.updateNotificationSettings.userErrors).toMatchObject([{ field: 'input.settings' }]);
    const read = await token(cookie, ['READ']);
    expect(
      codes(await client.query(SETTINGS, { i: { settings: [{ kind: 'MENTION', enabled: false }] } }, read)),
    ).toEqual(['FORBIDDEN']);

    const off = await client.query<{
      updateNotificationSettings: { notificationSettings: { kind: string; enabled: boolean }[] };
    }>(SETTINGS, { i: { settings: [{ kind: 'MENTION', enabled: false }] } }, { cookie });
    expect(off.data!.updateNotificationSettings.notificationSettings).toContainEqual({
      kind: 'MENTION',
      enabled: false,
      optional: true,
    });
  });

  it('are obeyed: a muted mention is not told, but a reason still on is', async () => {
    const boCookie = await client.signIn('bo@konto.example', 'et-helt-nyt-kodeord');
    const anneCookie = await client.signIn('anne@konto.example', PASSWORD);
    const mention = `[@Anne Holm](mention:${encodeGlobalId('Member', anne.id)})`;
    const before = await countFor(anne);
    const started = await client.query<{ startThread: { thread: { id: string } } }>(
      'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } userErrors { code } } }',
      { i: { about: topicId, title: 'Hej', body: `Hvad siger du, ${mention}?` } },
      { cookie: boCookie },
    );
    expect(started.errors).toBeUndefined();
    expect(await countFor(anne)).toBe(before); // MENTION is off

    // Following the thread too: she is told of the new comment, though not as a mention.
    const threadId = started.data!.startThread.thread.id;
    await client.query(
      'mutation($id: ID!) { follow(id: $id, following: true) { following } }',
      { id: threadId },
      {
        cookie: anneCookie,
      },
    );
    await client.query(
      'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }',
      { i: { threadId, body: `Igen, ${mention}` } },
      { cookie: boCookie },
    );
    const told = await db.orm.em.fork().find(Notification, { member: anne.id }, { orderBy: { createdAt: 'desc' } });
    expect(told.map((n) => n.kind)).toEqual(['NEW_COMMENT']);
  });
});
