import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Workshop } from '../../src/modules/event/event.entity.js';
import { MembershipStatus, Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, createWorkshop, sessionCookie } from './fixtures.js';

type Who = 'kommune' | 'ngo' | 'lapsed';
let db: TestDatabase;
let client: TestClient;
const cookies = {} as Record<Who, string>;
let kommune: Organisation;
let workshopId: string;
let outputId: string;
let ownOutputId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  kommune = await createOrganisation(em, { slug: 'ot-kommune' });
  const ngo = await createOrganisation(em, { slug: 'ot-ngo' });
  const lapsed = await createOrganisation(em, { slug: 'ot-lapsed', status: MembershipStatus.LAPSED });
  for (const [who, organisation] of [
    ['kommune', kommune],
    ['ngo', ngo],
    ['lapsed', lapsed],
  ] as const)
    cookies[who] = await sessionCookie(em, await createMember(em, { organisation, email: `${who}@ot.example` }));
  const { event } = await createEvent(em, { slug: 'ot-past', startsInDays: -2 });
  const workshop = await createWorkshop(em, event, 'ot-workshop');
  workshop.visibility = Visibility.PUBLIC;
  const own = await createWorkshop(em, event, 'ot-own');
  own.visibility = Visibility.ORGANISATION;
  own.owner = em.getReference(Organisation, ngo.id, { wrapped: true });
  const output = em.create(WorkshopOutput, {
    workshop,
    organisation: kommune,
    insight: 'Tidlig opsporing kræver faste møder',
    nextStep: 'Vi aftaler et fast møde med skolen',
  });
  const ownOutput = em.create(WorkshopOutput, { workshop: own, organisation: ngo, insight: 'Kun os', nextStep: 'x' });
  await em.flush();
  workshopId = workshop.id;
  outputId = output.nodeId;
  ownOutputId = ownOutput.nodeId;
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const START =
  'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id subjectType subject { __typename id } } userErrors { field code } } }';
type Started = {
  startThread: {
    thread: { id: string; subjectType: string; subject: { __typename: string; id: string } | null } | null;
    userErrors: { field: string; code: string }[];
  };
};

async function start(about: string, who: Who) {
  const res = await client.query<Started>(
    START,
    { i: { about, title: 'Hvordan gik det?', body: 'Har I prøvet det af?' } },
    { cookie: cookies[who] },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.startThread;
}

async function canSee(threadId: string, who?: Who): Promise<boolean> {
  const res = await client.query<{ node: { id: string } | null }>(
    'query($id: ID!) { node(id: $id) { id } }',
    { id: threadId },
    who ? { cookie: cookies[who] } : {},
  );
  expect(res.errors).toBeUndefined();
  return res.data!.node !== null;
}

describe('threads on workshop outputs', () => {
  it('start on an output, are about it, and are for members even when the workshop is public', async () => {
    const started = await start(outputId, 'ngo');
    expect(started.userErrors).toEqual([]);
    const thread = started.thread!;
    expect(thread).toMatchObject({
      subjectType: 'WorkshopOutput',
      subject: { __typename: 'WorkshopOutput', id: outputId },
    });
    expect(await canSee(thread.id, 'kommune')).toBe(true);
    expect(await canSee(thread.id)).toBe(false);
    expect(await canSee(thread.id, 'lapsed')).toBe(false);
    const listed = await client.query<{ threads: { nodes: { id: string }[] } }>(
      'query($about: ID!) { threads(about: $about) { nodes { id } } }',
      { about: outputId },
      { cookie: cookies.kommune },
    );
    expect(listed.data?.threads.nodes).toEqual([{ id: thread.id }]);
  });

  it('follow the workshop when it is narrowed to its organisation', async () => {
    const thread = (await start(outputId, 'kommune')).thread!;
    const em = db.orm.em.fork();
    const workshop = await em.findOneOrFail(Workshop, workshopId);
    workshop.visibility = Visibility.ORGANISATION;
    workshop.owner = em.getReference(Organisation, kommune.id, { wrapped: true });
    await em.flush();
    expect(await canSee(thread.id, 'kommune')).toBe(true);
    expect(await canSee(thread.id, 'ngo')).toBe(false);
  });

  it('cannot start on an output the viewer may not read', async () => {
    expect((await start(ownOutputId, 'kommune')).userErrors).toEqual([{ field: 'input.about', code: 'NOT_FOUND' }]);
    expect((await start(ownOutputId, 'ngo')).userErrors).toEqual([]);
    const lapsed = await client.query<Started>(
      START,
      { i: { about: outputId, title: 'Hej', body: 'Hej' } },
      { cookie: cookies.lapsed },
    );
    expect(lapsed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
