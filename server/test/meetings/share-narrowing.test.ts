import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Report } from '../../src/modules/report/report.entity.js';
import { Talk } from '../../src/modules/talk/talk.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createEvent, createMember, createOrganisation, createReport, createTalk } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let member: string;
let editor: string;
let org: Organisation;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await createOrganisation(em, { slug: 'narrow-org' });
  member = await sessionCookie(em, await createMember(em, { organisation: org, email: 'm@narrow.example' }));
  editor = await sessionCookie(
    em,
    await createMember(em, { organisation: org, role: MemberRole.EDITOR, email: 'e@narrow.example' }),
  );
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

/** A published members-only item of the type, and a share link to it made by a member. */
async function shared(type: 'talk' | 'report'): Promise<{ id: string; secret: string }> {
  const em = db.orm.em.fork();
  const item =
    type === 'talk'
      ? await createTalk(em, { event: await createEvent(em), visibility: Visibility.MEMBERS })
      : await createReport(em, { visibility: Visibility.MEMBERS });
  const res = await client.query<{ createShareLink: { secret: string } }>(
    'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { secret userErrors { code } } }',
    { i: { itemId: item.nodeId } },
    { cookie: member },
  );
  return { id: item.id, secret: res.data!.createShareLink.secret };
}

async function opens(secret: string): Promise<boolean> {
  const res = await client.query('query($s: String!) { sharedItem(secret: $s) { __typename } }', { s: secret });
  if (res.errors) expect(res.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  return !res.errors;
}

/** Whether the member's list of links says the link to this item works. */
async function listedActive(itemId: string): Promise<boolean> {
  const res = await client.query<{ viewer: { shareLinks: { active: boolean; item: { id: string } | null }[] } }>(
    '{ viewer { shareLinks { active item { ... on Node { id } } } } }',
    {},
    { cookie: member },
  );
  expect(res.errors).toBeUndefined();
  const uuids = res.data!.viewer.shareLinks.map((l) => ({
    active: l.active,
    uuid: l.item ? Buffer.from(l.item.id, 'base64').toString().split(':')[1] : null,
  }));
  return uuids.find((l) => l.uuid === itemId)!.active;
}

async function change(
  entity: new () => Talk | Report,
  id: string,
  values: { visibility?: Visibility; publishedAt?: null; ownerId?: string },
) {
  const em = db.orm.em.fork();
  const row = await em.findOneOrFail(entity, id);
  if (values.visibility) row.visibility = values.visibility;
  if (values.publishedAt === null) row.publishedAt = null;
  if (values.ownerId) row.owner = em.getReference(Organisation, values.ownerId, { wrapped: true });
  await em.flush();
}

describe('share links follow what happens to the shared item', () => {
  it('stop working while the item is narrowed to its organisation, and work again when it is widened', async () => {
    const { id, secret } = await shared('talk');
    expect(await opens(secret)).toBe(true);
    expect(await listedActive(id)).toBe(true);
    await change(Talk, id, {
      visibility: Visibility.ORGANISATION,
      ownerId: org.id,
    });
    expect(await opens(secret)).toBe(false);
    // The maker's list says so too (the item is still theirs to see: it is their organisation's).
    expect(await listedActive(id)).toBe(false);
    await change(Talk, id, { visibility: Visibility.MEMBERS });
    expect(await opens(secret)).toBe(true);
    expect(await listedActive(id)).toBe(true);
  });

  it('stop working when the item is unpublished or deleted', async () => {
    const talk = await shared('talk');
    await change(Talk, talk.id, { publishedAt: null });
    expect(await opens(talk.secret)).toBe(false);

    const report = await shared('report');
    expect(await opens(report.secret)).toBe(true);
    const res = await client.query<{ deleteNode: { userErrors: unknown[] } }>(
      'mutation($id: ID!) { deleteNode(id: $id) { userErrors { code } } }',
      { id: Buffer.from(`Report:${report.id}`).toString('base64') },
      { cookie: editor },
    );
    expect(res.errors).toBeUndefined();
    expect(await opens(report.secret)).toBe(false);
  });

  it('cannot be made for content only the organisation may read', async () => {
    const em = db.orm.em.fork();
    const talk = await createTalk(em, {
      event: await createEvent(em),
      visibility: Visibility.ORGANISATION,
      owner: org,
    });
    const res = await client.query<{ createShareLink: { secret: string | null; userErrors: { code: string }[] } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { secret userErrors { code } } }',
      { i: { itemId: talk.nodeId } },
      { cookie: member },
    );
    expect(res.data?.createShareLink).toEqual({ secret: null, userErrors: [{ code: 'INVALID' }] });
  });
});
