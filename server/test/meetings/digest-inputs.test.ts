import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../../seeds/demo/index.js';
import { Follow } from '../../src/modules/discussion/comment.entity.js';
import { Thread } from '../../src/modules/discussion/thread.entity.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { OrganisationKind, type Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { seedContent } from '../../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, createWorkshop, sessionCookie } from './fixtures.js';

type Who = 'member' | 'editor' | 'ngo' | 'follower';
let db: TestDatabase;
let client: TestClient;
const cookies = {} as Record<Who, string>;
let inTopic: Set<string>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
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
    // A topic some methods are not filed under, nor under a topic below it.
    const methods = await em.find(Method, {}, { populate: ['topics'] });
    const topics = await em.find(Topic, {});
    const below = (id: string): string[] => [
      id,
      ...topics.filter((t) => t.parent?.id === id).flatMap((t) => below(t.id)),
    ];
    const isIn = (m: Method, tree: string[]) => m.topics.getItems().some((t) => tree.includes(t.id));
    const topic = topics.find(
      (t) => methods.some((m) => isIn(m, [t.id])) && methods.some((m) => !isIn(m, below(t.id))),
    )!;
    em.create(Follow, { member, subjectType: 'Topic', subjectId: topic.id });
    const filed = methods.filter((m) => isIn(m, below(topic.id)));
    inTopic = new Set(filed.map((m) => m.name));
    // A discussion on a method in the topic, between organisations of another kind.
    em.create(Thread, {
      subjectType: 'Method',
      subjectId: filed[0]!.id,
      title: 'Om en metode i emnet',
      publishedAt: new Date(),
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
    expect(follower.methods.length).toBeGreaterThan(0);
    expect(follower.methods.every((m) => inTopic.has(m.name))).toBe(true);
    expect(member.methods.some((m) => !inTopic.has(m.name))).toBe(true);
    expect(follower.threads.map((t) => t.title)).toEqual(['Om en metode i emnet']);
    expect(member.threads).toEqual([]);
  });
});
