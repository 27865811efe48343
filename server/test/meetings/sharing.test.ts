import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { hashSecret } from '../../src/modules/auth/secrets.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { ShareLink } from '../../src/modules/share/share.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createEvent, createMember, createOrganisation, createReport, createTalk } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let cookies: Record<'member' | 'other' | 'editor', string>;
let talkId: string;
let publicReportId: string;
let talkTitle: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await createOrganisation(em, { slug: 'share-org' });
  cookies = {
    member: await sessionCookie(em, await createMember(em, { organisation: org, email: 'm@share.example' })),
    other: await sessionCookie(em, await createMember(em, { organisation: org, email: 'o@share.example' })),
    editor: await sessionCookie(
      em,
      await createMember(em, { organisation: org, role: MemberRole.EDITOR, email: 'e@share.example' }),
    ),
  };
  // A members-only talk of a public meeting, and a public report.
  const talk = await createTalk(em, { event: await createEvent(em), visibility: Visibility.MEMBERS });
  talkTitle = talk.title;
  const report = await createReport(em, { visibility: Visibility.PUBLIC });
  talkId = encodeGlobalId('Talk', talk.id);
  publicReportId = encodeGlobalId('Report', report.id);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const CREATE =
  'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { secret path shareLink { id active expiresAt } userErrors { field code message } } }';
type Created = {
  createShareLink: {
    secret: string | null;
    path: string | null;
    shareLink: { id: string; active: boolean } | null;
    userErrors: { field: string; code: string; message: string }[];
  };
};
const OPEN = 'query($s: String!) { sharedItem(secret: $s) { __typename ... on Talk { title } } }';

async function create(input: Record<string, unknown>, cookie = cookies.member) {
  const res = await client.query<Created>(CREATE, { i: input }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.createShareLink;
}

describe('share links', () => {
  it('let a non-member read exactly the shared members-only talk', async () => {
    expect((await client.query(`query { node(id: "${talkId}") { id } }`)).data).toEqual({ node: null });
    const created = await create({ itemId: talkId });
    expect(created.userErrors).toEqual([]);
    expect(created.path).toBe(`/shared/${created.secret}`);
    const opened = await client.query<{ sharedItem: { __typename: string; title: string } }>(OPEN, {
      s: created.secret,
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data?.sharedItem).toMatchObject({ __typename: 'Talk', title: talkTitle });
  });

  it('are unguessable (256 random bits) and stored only as a hash', async () => {
    const { secret } = await create({ itemId: talkId });
    expect(secret).toMatch(/^vbl_[A-Za-z0-9_-]{43}$/);
    const rows = await db.orm.em.fork().find(ShareLink, {});
    expect(rows.some((row) => row.secretHash === hashSecret(secret!))).toBe(true);
    const stored = JSON.stringify(await db.orm.em.getConnection().execute('select * from share_link'));
    expect(stored).not.toContain(secret!.slice(4));
    const guess = await client.query(OPEN, { s: `vbl_${'A'.repeat(43)}` });
    expect(guess.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('stop working when revoked (by their maker or an editor, not other members)', async () => {
    const { secret, shareLink } = await create({ itemId: talkId });
    const REVOKE =
      'mutation($id: ID!) { revokeShareLink(id: $id) { shareLink { active revokedAt } userErrors { code } } }';
    const denied = await client.query(REVOKE, { id: shareLink!.id }, { cookie: cookies.other });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const revoked = await client.query<{ revokeShareLink: { shareLink: { active: boolean } } }>(
      REVOKE,
      { id: shareLink!.id },
      { cookie: cookies.member },
    );
    expect(revoked.data?.revokeShareLink.shareLink.active).toBe(false);
    const opened = await client.query(OPEN, { s: secret });
    expect(opened.errors?.[0]).toMatchObject({
      message: 'This share link does not exist, was revoked or has expired.',
      extensions: { code: 'NOT_FOUND' },
    });
    const mine = await client.query<{ viewer: { shareLinks: { active: boolean }[] } }>(
      'query { viewer { shareLinks { active item { __typename } } } }',
      {},
      { cookie: cookies.member },
    );
    expect(mine.data?.viewer.shareLinks.length).toBeGreaterThanOrEqual(3);
  });

  it('stop working when expired', async () => {
    const { secret, shareLink } = await create({ itemId: talkId, expiresAt: new Date(Date.now() + 60_000) });
    expect((await client.query(OPEN, { s: secret })).errors).toBeUndefined();
    await db.orm.em
      .fork()
      .nativeUpdate(ShareLink, { secretHash: hashSecret(secret!) }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await client.query(OPEN, { s: secret })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(shareLink?.active).toBe(true);
    const past = await create({ itemId: talkId, expiresAt: new Date(Date.now() - 60_000) });
    expect(past.userErrors[0]?.field).toBe('expiresAt');
  });

  it('are not needed for public items, and only members make them', async () => {
    const publicItem = await create({ itemId: publicReportId });
    expect(publicItem.userErrors[0]).toMatchObject({ field: 'itemId' });
    expect(publicItem.userErrors[0]?.message).toMatch(/public.*no link is needed/);
    const anonymous = await client.query(CREATE, { i: { itemId: talkId } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
