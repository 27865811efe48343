import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { OrganisationKind } from '../../src/modules/organisation/organisation.entity.js';
import { Workshop } from '../../src/modules/event/event.entity.js';
import { Talk } from '../../src/modules/talk/talk.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import {
  createEvent as createPublicEvent,
  createMember,
  createOrganisation,
  createTalk,
} from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, createWorkshop, sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let cookies: Record<'facilitator' | 'member' | 'editor' | 'other', string>;
let facilitatorId: string;
let talkId: string;
let upcoming: string;
let past: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const kommune = await createOrganisation(em, { slug: 'ws-kommune' });
  const ngo = await createOrganisation(em, { slug: 'ws-ngo', kind: OrganisationKind.NGO });
  const facilitator = await createMember(em, { organisation: ngo, email: 'fac@ws.example' });
  facilitatorId = encodeGlobalId('Member', facilitator.id);
  cookies = {
    facilitator: await sessionCookie(em, facilitator),
    member: await sessionCookie(em, await createMember(em, { organisation: kommune, email: 'm@ws.example' })),
    editor: await sessionCookie(
      em,
      await createMember(em, { organisation: kommune, role: MemberRole.EDITOR, email: 'e@ws.example' }),
    ),
    other: await sessionCookie(em, await createMember(em, { organisation: ngo, email: 'o@ws.example' })),
  };
  // A public talk from an earlier meeting, which both workshops discuss.
  const talk = await createTalk(em, { event: await createPublicEvent(em), title: 'Oplægget' });
  talkId = encodeGlobalId('Talk', talk.id);
  const soon = await createEvent(em, { slug: 'ws-soon', startsInDays: 10 });
  const over = await createEvent(em, { slug: 'ws-over', startsInDays: -10 });
  for (const [event, slug] of [
    [soon.event, 'ws-upcoming'],
    [over.event, 'ws-past'],
  ] as const) {
    const workshop = await createWorkshop(em, event, slug);
    workshop.talk = em.getReference(Talk, talk.id, { wrapped: true });
  }
  await em.flush();
  upcoming = encodeGlobalId('Workshop', (await em.findOneOrFail(Workshop, { slug: 'ws-upcoming' })).id);
  past = encodeGlobalId('Workshop', (await em.findOneOrFail(Workshop, { slug: 'ws-past' })).id);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const SET =
  'mutation($i: WorkshopBriefingInput!) { setWorkshopBriefing(input: $i) { briefing { purpose questions facilitator { name } talk { title } } userErrors { field code } } }';
const READ = (slug: string) =>
  `query { workshop(slug: "${slug}") { briefing { purpose timing questions materials } } }`;
const briefing = (workshopId: string) => ({
  workshopId,
  facilitatorId,
  purpose: 'Omsæt oplægget til egen praksis.',
  timing: '10 min intro, 60 min grupper, 20 min opsamling',
  questions: ['Hvad genkender I fra oplægget?', 'Hvad vil I prøve først?'],
  materials: 'Post-its og plakater',
});

describe('facilitator briefings', () => {
  it('are written by editors only, and tie the questions to the talk', async () => {
    const denied = await client.query(SET, { i: briefing(upcoming) }, { cookie: cookies.member });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await client.query<{ setWorkshopBriefing: { briefing: { talk: { title: string } } } }>(
      SET,
      { i: briefing(upcoming) },
      { cookie: cookies.editor },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.setWorkshopBriefing.briefing.talk.title).toBe('Oplægget');
    await client.query(SET, { i: briefing(past) }, { cookie: cookies.editor });
    const cpr = await client.query<{ setWorkshopBriefing: { userErrors: { field: string; code: string }[] } }>(
      SET,
      { i: { ...briefing(past), questions: ['Barnet med cpr 010203-1234?'] } },
      { cookie: cookies.editor },
    );
    expect(cpr.data?.setWorkshopBriefing.userErrors).toEqual([{ field: 'input.questions.0', code: 'PERSONAL_DATA' }]);
  });

  it('before the meeting: the facilitator and editors see it, other members and the public do not', async () => {
    const seen = async (cookie?: string) =>
      (await client.query<{ workshop: { briefing: unknown } }>(READ('ws-upcoming'), {}, cookie ? { cookie } : {})).data
        ?.workshop.briefing ?? null;
    expect(await seen(cookies.facilitator)).toMatchObject({ purpose: 'Omsæt oplægget til egen praksis.' });
    expect(await seen(cookies.editor)).not.toBeNull();
    expect(await seen(cookies.member)).toBeNull();
    expect(await seen(cookies.other)).toBeNull();
  });

  it('after the event: every member sees it', async () => {
    const res = await client.query<{ workshop: { briefing: { questions: string[] } | null } }>(
      READ('ws-past'),
      {},
      { cookie: cookies.member },
    );
    expect(res.data?.workshop.briefing?.questions).toHaveLength(2);
  });
});

const RECORD =
  'mutation($i: WorkshopOutputInput!) { recordWorkshopOutput(input: $i) { output { id insight featured organisation { slug } talk { id } } userErrors { field code } } }';
type Recorded = {
  recordWorkshopOutput: {
    output: { id: string; organisation: { slug: string }; talk: { id: string } } | null;
    userErrors: { field: string; code: string }[];
  };
};

describe('workshop outputs', () => {
  it('are recorded for the member’s organisation, linked to the talk, once the workshop has begun', async () => {
    const early = await client.query<Recorded>(
      RECORD,
      { i: { workshopId: upcoming, insight: 'x', nextStep: 'y' } },
      { cookie: cookies.member },
    );
    expect(early.data?.recordWorkshopOutput.userErrors[0]?.field).toBe('input.workshopId');
    const res = await client.query<Recorded>(
      RECORD,
      { i: { workshopId: past, insight: 'Vi kan bruge netværksmøder tidligere.', nextStep: 'Pilot i to skoler' } },
      { cookie: cookies.member },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordWorkshopOutput.output).toMatchObject({
      organisation: { slug: 'ws-kommune' },
      talk: { id: talkId },
    });
  });

  it('run the personal-data guard: CPR numbers are refused, likely names need confirmation', async () => {
    const cpr = await client.query<Recorded>(
      RECORD,
      { i: { workshopId: past, insight: 'Sagen 010203-1234 viste det', nextStep: 'Følg op' } },
      { cookie: cookies.member },
    );
    expect(cpr.data?.recordWorkshopOutput.userErrors).toEqual([{ field: 'input.insight', code: 'PERSONAL_DATA' }]);
    const name = { workshopId: past, insight: 'Drengen Mikkel Hansen på 9 år fik en mentor.', nextStep: 'Mentorer' };
    const warned = await client.query<Recorded>(RECORD, { i: name }, { cookie: cookies.other });
    expect(warned.data?.recordWorkshopOutput.userErrors).toEqual([
      { field: 'input.insight', code: 'PERSONAL_DATA_WARNING' },
    ]);
    const anonymous = await client.query(RECORD, { i: { workshopId: past, insight: 'a', nextStep: 'b' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('are visible to members, not the public; editors feature them; the organisation sees its own', async () => {
    const LIST = `query($t: ID) { workshopOutputs(filter: { talk: $t }) { totalCount nodes { id insight featured } } }`;
    type Listed = { workshopOutputs: { totalCount: number; nodes: { id: string; featured: boolean }[] } };
    const members = await client.query<Listed>(LIST, { t: talkId }, { cookie: cookies.other });
    expect(members.data?.workshopOutputs.totalCount).toBe(1);
    const publicView = await client.query<Listed>(LIST, { t: talkId });
    expect(publicView.data?.workshopOutputs.totalCount).toBe(0);
    const id = members.data!.workshopOutputs.nodes[0]!.id;
    const FEATURE = 'mutation($id: ID!) { featureWorkshopOutput(id: $id) { output { featured } userErrors { code } } }';
    const denied = await client.query(FEATURE, { id }, { cookie: cookies.member });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const featured = await client.query(FEATURE, { id }, { cookie: cookies.editor });
    expect(featured.data).toEqual({ featureWorkshopOutput: { output: { featured: true }, userErrors: [] } });
    const own = await client.query<{ viewer: { organisationOutputs: { totalCount: number } } }>(
      'query { viewer { organisationOutputs { totalCount } } }',
      {},
      { cookie: cookies.member },
    );
    expect(own.data?.viewer.organisationOutputs.totalCount).toBe(1);
    const onWorkshop = await client.query<{ workshop: { outputs: { nodes: { featured: boolean }[] } } }>(
      'query { workshop(slug: "ws-past") { outputs { nodes { featured } } } }',
      {},
      { cookie: cookies.other },
    );
    expect(onWorkshop.data?.workshop.outputs.nodes).toEqual([{ featured: true }]);
  });
});
