import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { OrganisationKind, type Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import {
  createFollow,
  createMember,
  createMethod,
  createOrganisation,
  createThread,
  createTopic,
} from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, createWorkshop, sessionCookie } from './fixtures.js';

type Who = 'member' | 'editor' | 'ngo' | 'follower';
let db: TestDatabase;
let client: TestClient;
const cookies = {} as Record<Who, string>;
let inTopic: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const kommune = await createOrganisation(em, { slug: 'di-kommune' });
  const ngo = await createOrganisation(em, { slug: 'di-ngo', kind: OrganisationKind.NGO });
  const people: [Who, Organisation, MemberRole][] = [
    ['member', kommune, MemberRole.MEMBER],
    ['editor', kommune, MemberRole.EDITOR],
    ['ngo', ngo, MemberRole.MEMBER],
    ['follower', kommune, MemberRole.MEMBER],
  ];
  for (const [who, organisation, role] of people) {
    const member = await createMember(em, { organisation, role, email: `${who}@di.example` });
    cookies[who] = await sessionCookie(em, member);
    if (who !== 'follower') continue;
    // A topic with one below it; the follower follows the upper one. Methods filed under either are "in the
    // topic"; one filed elsewhere and one filed nowhere are not.
    const topic = await createTopic(em);
    const below = await createTopic(em, { parent: topic });
    const filed = [
      await createMethod(em, { name: 'Filed under the topic', topics: [topic] }),
      await createMethod(em, { name: 'Filed below the topic', topics: [below] }),
    ];
    await createMethod(em, { name: 'Filed elsewhere', topics: [await createTopic(em)] });
    await createMethod(em, { name: 'Filed nowhere' });
    await createFollow(em, { member, subject: topic });
    inTopic = filed.map((m) => m.name).sort();
    // A discussion on a method in the topic, between organisations of another kind.
    await createThread(em, {
      subject: filed[1]!,
      title: 'Om en metode i emnet',
      participantKinds: [OrganisationKind.REGION],
    });
  }
  const { event } = await createEvent(em, { slug: 'di-over', startsInDays: -3 });
  const workshop = await createWorkshop(em, event, 'di-workshop');
  em.create(WorkshopOutput, {
    workshop,
    organisation: await createOrganisation(em, { slug: 'di-kommune-2' }),
    insight: 'Fra en kommune',
    nextStep: 'x',
  });
  em.create(WorkshopOutput, {
    workshop,
    organisation: await createOrganisation(em, { slug: 'di-ngo-2', kind: OrganisationKind.NGO }),
    insight: 'Fra en NGO',
    nextStep: 'x',
  });
  await em.flush();
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type DigestData = { methods: { name: string }[]; workshopOutputs: { insight: string }[]; threads: { title: string }[] };
async function digest(who: Who): Promise<DigestData> {
  const res = await client.query<{ digest: DigestData }>(
    'query { digest { methods { name } workshopOutputs { insight } threads { title } } }',
    {},
    { cookie: cookies[who] },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.digest;
}
const insights = (d: DigestData) => d.workshopOutputs.map((o) => o.insight).sort();

describe('the digest depends on', () => {
  it('the role: editors get every new workshop output to choose what to feature', async () => {
    expect(insights(await digest('member'))).toEqual(['Fra en kommune']);
    expect(insights(await digest('editor'))).toEqual(['Fra en NGO', 'Fra en kommune']);
  });

  it('the organisation’s kind', async () => {
    expect(insights(await digest('ngo'))).toEqual(['Fra en NGO']);
  });

  it('the followed topics: their methods and the discussions on knowledge filed under them', async () => {
    const follower = await digest('follower');
    const member = await digest('member');
    expect(follower.methods.map((m) => m.name).sort()).toEqual(inTopic);
    expect(member.methods.map((m) => m.name).sort()).toEqual([...inTopic, 'Filed elsewhere', 'Filed nowhere'].sort());
    expect(follower.threads.map((t) => t.title)).toEqual(['Om en metode i emnet']);
    expect(member.threads).toEqual([]);
  });
});
