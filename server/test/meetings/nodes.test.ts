import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { MembershipStatus, Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation, createTalk } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, createWorkshop, sessionCookie } from './fixtures.js';

type Who = 'member' | 'colleague' | 'orgAdmin' | 'otherAdmin' | 'editor' | 'lapsed';
let db: TestDatabase;
let client: TestClient;
const cookies = {} as Record<Who, string>;
let eventId: string;
let talkId: string;
let outputId: string;
let privateOutputId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const a = await createOrganisation(em, { slug: 'node-a' });
  const b = await createOrganisation(em, { slug: 'node-b' });
  const lapsed = await createOrganisation(em, { slug: 'node-lapsed', status: MembershipStatus.LAPSED });
  const people: [Who, Organisation, MemberRole][] = [
    ['member', a, MemberRole.MEMBER],
    ['colleague', a, MemberRole.MEMBER],
    ['orgAdmin', a, MemberRole.ORG_ADMIN],
    ['otherAdmin', b, MemberRole.ORG_ADMIN],
    ['editor', b, MemberRole.EDITOR],
    ['lapsed', lapsed, MemberRole.MEMBER],
  ];
  for (const [who, organisation, role] of people)
    cookies[who] = await sessionCookie(
      em,
      await createMember(em, { organisation, role, email: `${who}@node.example` }),
    );
  const upcoming = await createEvent(em, { slug: 'node-event' });
  eventId = upcoming.id;
  const talk = await createTalk(em, { event: upcoming.event, visibility: Visibility.MEMBERS });
  talkId = encodeGlobalId('Talk', talk.id);
  const past = await createEvent(em, { slug: 'node-past', startsInDays: -5 });
  const workshop = await createWorkshop(em, past.event, 'node-workshop');
  const hidden = await createWorkshop(em, past.event, 'node-hidden');
  hidden.visibility = Visibility.ORGANISATION;
  hidden.owner = em.getReference(Organisation, b.id, { wrapped: true });
  const output = em.create(WorkshopOutput, { workshop, organisation: a, insight: 'Vi prøver det', nextStep: 'Møde' });
  const other = em.create(WorkshopOutput, { workshop: hidden, organisation: b, insight: 'Internt', nextStep: 'Intet' });
  await em.flush();
  outputId = output.nodeId;
  privateOutputId = other.nodeId;
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

async function node(id: string, who?: Who): Promise<Record<string, unknown> | null> {
  const res = await client.query<{ node: Record<string, unknown> | null }>(
    `query($id: ID!) { node(id: $id) { __typename id
      ... on Registration { status member { name } }
      ... on ShareLink { active subjectType }
      ... on WorkshopOutput { insight } } }`,
    { id },
    who ? { cookie: cookies[who] } : {},
  );
  expect(res.errors).toBeUndefined();
  return res.data!.node;
}

describe('registrations, share links and workshop outputs as nodes', () => {
  it('loads a registration for the member, their organisation’s admin and editors only', async () => {
    const res = await client.query<{ registerForEvent: { registration: { id: string } } }>(
      'mutation($e: ID!) { registerForEvent(eventId: $e) { registration { id } } }',
      { e: eventId },
      { cookie: cookies.member },
    );
    const id = res.data!.registerForEvent.registration.id;
    expect(Buffer.from(id, 'base64').toString()).toMatch(/^Registration:/);
    expect(await node(id, 'member')).toMatchObject({ __typename: 'Registration', id, status: 'CONFIRMED' });
    expect(await node(id, 'orgAdmin')).toMatchObject({ id });
    expect(await node(id, 'editor')).toMatchObject({ id });
    for (const who of ['colleague', 'otherAdmin', 'lapsed'] as const) expect(await node(id, who)).toBeNull();
    expect(await node(id)).toBeNull();
    const mine = await client.query<{ viewer: { meetings: { id: string }[] } }>(
      'query { viewer { meetings { id } } }',
      {},
      { cookie: cookies.member },
    );
    expect(mine.data?.viewer.meetings).toEqual([{ id }]);
  });

  it('loads a share link for its maker and editors only, never its secret', async () => {
    const res = await client.query<{ createShareLink: { shareLink: { id: string }; secret: string } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { secret shareLink { id } } }',
      { i: { itemId: talkId } },
      { cookie: cookies.member },
    );
    const { shareLink, secret } = res.data!.createShareLink;
    const found = await node(shareLink.id, 'member');
    expect(found).toEqual({ __typename: 'ShareLink', id: shareLink.id, active: true, subjectType: 'Talk' });
    expect(JSON.stringify(found)).not.toContain(secret);
    expect(await node(shareLink.id, 'editor')).toMatchObject({ id: shareLink.id });
    for (const who of ['colleague', 'orgAdmin', 'otherAdmin'] as const)
      expect(await node(shareLink.id, who)).toBeNull();
    expect(await node(shareLink.id)).toBeNull();
  });

  it('loads a workshop output for whoever may read it, through node and nodes', async () => {
    expect(await node(outputId, 'colleague')).toMatchObject({ __typename: 'WorkshopOutput', insight: 'Vi prøver det' });
    expect(await node(outputId, 'editor')).toMatchObject({ id: outputId });
    expect(await node(outputId, 'lapsed')).toBeNull();
    expect(await node(outputId)).toBeNull();
    // The workshop of the second output is its organisation's own.
    expect(await node(privateOutputId, 'member')).toBeNull();
    expect(await node(privateOutputId, 'otherAdmin')).toMatchObject({ insight: 'Internt' });
    const res = await client.query<{ nodes: ({ id: string } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [outputId, privateOutputId] },
      { cookie: cookies.member },
    );
    expect(res.data?.nodes).toEqual([{ id: outputId }, null]);
  });
});
