import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import type { Organisation } from '../src/modules/organisation/organisation.entity.js';
import { Talk } from '../src/modules/talk/talk.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let editor: string;
let org: Organisation;
let eventId: string;
let otherEventId: string;

type Payload = { userErrors: { field: string | null; code: string }[] } & Record<
  string,
  Record<string, unknown> | null
>;

async function edit(mutation: string, variables: Record<string, unknown>): Promise<Payload> {
  const res = await client.query<Record<string, Payload>>(mutation, variables, { cookie: editor });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

const CREATE_EVENT =
  'mutation($i: EventInput!) { createEvent(input: $i) { event { id slug publishedAt } userErrors { field code } } }';
const CREATE_TALK =
  'mutation($i: TalkInput!) { createTalk(input: $i) { talk { id chapters { startSeconds title } speakers { name organisation { slug } } transcriptText event { id } } userErrors { field code } } }';
const UPDATE_TALK =
  'mutation($id: ID!, $i: TalkInput!) { updateTalk(id: $id, input: $i) { talk { id durationSeconds } userErrors { field code } } }';
const CREATE_WORKSHOP =
  'mutation($i: WorkshopInput!) { createWorkshop(input: $i) { workshop { id talk { id } event { id } } userErrors { field code } } }';
const CREATE_REPORT =
  'mutation($i: ReportInput!) { createReport(input: $i) { report { id event { id } cases { totalCount } } userErrors { field code } } }';

const event = {
  kind: 'FORUM_MEETING',
  title: 'Forummøde forår 2026',
  theme: 'Skolegang for anbragte børn',
  description: 'Hvordan lykkes skolegangen?',
  startsAt: '2026-04-20T09:00:00.000Z',
  endsAt: '2026-04-20T16:00:00.000Z',
  venue: 'Odense Congress Center',
  city: 'Odense',
};

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  org = await createOrganisation(em, { slug: 'redaktionen' });
  await createMember(em, { organisation: org, role: MemberRole.EDITOR });
  client = await createTestClient(db);
  editor = await client.signIn('editor@redaktionen.example', PASSWORD);
  eventId = (await edit(CREATE_EVENT, { i: event })).event!.id as string;
  otherEventId = (await edit(CREATE_EVENT, { i: { ...event, title: 'Netværksmøde', kind: 'NETWORK_MEETING' } })).event!
    .id as string;
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

describe('events', () => {
  it('are drafts and must not end before they start', async () => {
    const res = await edit(CREATE_EVENT, { i: { ...event, endsAt: '2026-04-19T09:00:00.000Z' } });
    expect(res.userErrors).toMatchObject([{ field: 'input.endsAt', code: 'INVALID' }]);
    const ok = await edit(CREATE_EVENT, { i: { ...event, title: 'Et andet møde' } });
    expect(ok.event).toMatchObject({ slug: 'et-andet-moede', publishedAt: null });
  });
});

const talk = () => ({
  event: eventId,
  title: 'Skolen som beskyttelse',
  summary: 'Om skolen.',
  durationSeconds: 600,
  startsAt: '2026-04-20T10:00:00.000Z',
});

describe('talks', () => {
  it('stores speakers, chapters and transcript in order', async () => {
    const res = await edit(CREATE_TALK, {
      i: {
        ...talk(),
        speakers: [{ name: 'Anna Holm', title: 'Forsker', organisation: encodeGlobalId('Organisation', org.id) }],
        chapters: [
          { startSeconds: 0, title: 'Indledning' },
          { startSeconds: 120, title: 'Fund' },
        ],
        transcript: [
          { startSeconds: 0, text: 'Velkommen.' },
          { startSeconds: 5, text: 'Lad os begynde.' },
        ],
      },
    });
    expect(res.userErrors).toEqual([]);
    expect(res.talk).toMatchObject({
      speakers: [{ name: 'Anna Holm', organisation: { slug: 'redaktionen' } }],
      chapters: [{ startSeconds: 0 }, { startSeconds: 120 }],
      transcriptText: 'Velkommen.\nLad os begynde.',
      event: { id: eventId },
    });
    // A shorter video may not strand a chapter past its end.
    const shorter = await edit(UPDATE_TALK, { id: res.talk!.id, i: { durationSeconds: 100 } });
    expect(shorter.userErrors).toMatchObject([{ field: 'input.chapters.1.startSeconds', code: 'INVALID' }]);
  });

  it('refuses unsorted or out-of-range chapters and oversized lists, storing nothing', async () => {
    const before = await db.orm.em.fork().count(Talk, {});
    const unsorted = await edit(CREATE_TALK, {
      i: {
        ...talk(),
        chapters: [
          { startSeconds: 60, title: 'B' },
          { startSeconds: 0, title: 'A' },
        ],
      },
    });
    expect(unsorted.userErrors).toMatchObject([{ field: 'input.chapters', code: 'INVALID' }]);
    const late = await edit(CREATE_TALK, { i: { ...talk(), chapters: [{ startSeconds: 600, title: 'Efter' }] } });
    expect(late.userErrors).toMatchObject([{ field: 'input.chapters.0.startSeconds' }]);
    const many = Array.from({ length: 201 }, (_, n) => ({ startSeconds: n, title: `Kapitel ${n}` }));
    const tooMany = await edit(CREATE_TALK, { i: { ...talk(), durationSeconds: 1000, chapters: many } });
    expect(tooMany.userErrors).toMatchObject([{ field: 'input.chapters', code: 'TOO_LONG' }]);
    const script = await edit(CREATE_TALK, {
      i: { ...talk(), transcript: [{ startSeconds: 1, text: '<img src=x onerror=alert(1)>' }] },
    });
    expect(script.userErrors).toMatchObject([{ field: 'input.transcript.0.text', code: 'UNSAFE_CONTENT' }]);
    const noEvent = await edit(CREATE_TALK, { i: { ...talk(), event: undefined } });
    expect(noEvent.userErrors).toMatchObject([{ field: 'input.event', code: 'REQUIRED' }]);
    expect(await db.orm.em.fork().count(Talk, {})).toBe(before);
  });
});

describe('workshops', () => {
  it('belong to an event and may work with a talk given there', async () => {
    const talkId = (await edit(CREATE_TALK, { i: { ...talk(), title: 'Talk', durationSeconds: 60 } })).talk!.id;
    const workshop = {
      event: eventId,
      title: 'Værksted',
      description: 'Vi arbejder med oplægget.',
      startsAt: '2026-04-20T13:00:00.000Z',
      durationMinutes: 90,
    };
    const ok = await edit(CREATE_WORKSHOP, { i: { ...workshop, talk: talkId } });
    expect(ok.workshop).toMatchObject({ talk: { id: talkId }, event: { id: eventId } });
    const elsewhere = await edit(CREATE_WORKSHOP, { i: { ...workshop, event: otherEventId, talk: talkId } });
    expect(elsewhere.userErrors).toMatchObject([{ field: 'input.talk', code: 'INVALID' }]);
    const long = await edit(CREATE_WORKSHOP, { i: { ...workshop, durationMinutes: 2000 } });
    expect(long.userErrors).toMatchObject([{ field: 'input.durationMinutes', code: 'TOO_LONG' }]);
  });
});

describe('reports', () => {
  it('come before their event, one per event, featuring cases', async () => {
    const report = { title: 'Trends 2026', summary: 'Kort.', body: 'Lang.', publishedOn: '2026-04-01' };
    const late = await edit(CREATE_REPORT, { i: { ...report, event: eventId, publishedOn: '2026-05-01' } });
    expect(late.userErrors).toMatchObject([{ field: 'input.publishedOn', code: 'INVALID' }]);
    const ok = await edit(CREATE_REPORT, { i: { ...report, event: eventId, cases: [] } });
    expect(ok.report).toMatchObject({ event: { id: eventId }, cases: { totalCount: 0 } });
    const second = await edit(CREATE_REPORT, { i: { ...report, event: eventId } });
    expect(second.userErrors).toMatchObject([{ field: 'input.event', code: 'TAKEN' }]);
    const badDate = await edit(CREATE_REPORT, { i: { ...report, publishedOn: '1. april' } });
    expect(badDate.userErrors).toMatchObject([{ field: 'input.publishedOn', code: 'INVALID' }]);
  });
});
