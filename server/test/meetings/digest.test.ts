import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../../seeds/demo/index.js';
import { Follow } from '../../src/modules/discussion/comment.entity.js';
import { Thread } from '../../src/modules/discussion/thread.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { Member } from '../../src/modules/member/member.entity.js';
import { OrganisationKind, type Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { seedContent } from '../../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, createWorkshop, sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let cookie: string;
let topic: Topic;
let kommune: Organisation;
let covered: Set<string>;

/** The topic and every topic below it. */
async function topicAndBelow(em: EntityManager, topicId: string): Promise<Set<string>> {
  const topics = await em.find(Topic, {});
  const ids = new Set([topicId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const t of topics) if (t.parent && ids.has(t.parent.id) && !ids.has(t.id)) grew = Boolean(ids.add(t.id));
  }
  return ids;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
  const em = db.orm.em.fork();
  kommune = await createOrganisation(em, { slug: 'dg-kommune' });
  const ngo = await createOrganisation(em, { slug: 'dg-ngo', kind: OrganisationKind.NGO });
  const member = await createMember(em, { organisation: kommune, email: 'dg@k.example' });
  cookie = await sessionCookie(em, member);
  const methods = await em.find(Method, {}, { populate: ['topics'] });
  topic = methods.flatMap((m) => m.topics.getItems()).find((t) => methods.some((m) => !m.topics.contains(t)))!;
  em.create(Follow, { member, subjectType: 'Topic', subjectId: topic.id });
  covered = await topicAndBelow(em, topic.id);
  // Threads that count only through the organisation's kind are about a method outside the followed topics.
  const outside = methods.find((m) => !m.topics.getItems().some((t) => covered.has(t.id)))!;

  const { event } = await createEvent(em, { slug: 'dg-over', startsInDays: -3 });
  const workshop = await createWorkshop(em, event, 'dg-workshop');
  const output = (organisation: Organisation, insight: string) =>
    em.create(WorkshopOutput, { workshop, organisation, insight, nextStep: 'Næste skridt' });
  output(await createOrganisation(em, { slug: 'dg-kommune-2' }), 'Fra en anden kommune');
  output(ngo, 'Fra en NGO');
  const ngoMember = await createMember(em, { organisation: ngo, email: 'dg@n.example' });
  em.create(Thread, {
    subjectType: 'Topic',
    subjectId: topic.id,
    title: 'I et emne du følger',
    author: em.getReference(Member, ngoMember.id),
    publishedAt: new Date(),
    participantKinds: [OrganisationKind.NGO],
  });
  em.create(Thread, {
    subjectType: 'Method',
    subjectId: outside.id,
    title: 'Hvor kommuner taler med',
    publishedAt: new Date(),
    participantKinds: [OrganisationKind.MUNICIPALITY],
  });
  em.create(Thread, {
    subjectType: 'Method',
    subjectId: outside.id,
    title: 'Kun NGO’er',
    publishedAt: new Date(),
    participantKinds: [OrganisationKind.NGO],
  });
  await em.flush();
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const DIGEST = `query($since: DateTimeISO) { digest(since: $since) {
  since topics { slug } methods { name topics { nodes { slug } } } evidenceRatings { id }
  workshopOutputs { insight } threads { title } } }`;
type DigestData = {
  digest: {
    since: string;
    topics: { slug: string }[];
    methods: { name: string; topics: { nodes: { slug: string }[] } }[];
    evidenceRatings: unknown[];
    workshopOutputs: { insight: string }[];
    threads: { title: string }[];
  };
};

describe('digest', () => {
  it('covers the last week by default, built from followed topics and the organisation’s kind', async () => {
    const res = await client.query<DigestData>(DIGEST, {}, { cookie });
    expect(res.errors).toBeUndefined();
    const digest = res.data!.digest;
    expect(Math.abs(Date.parse(digest.since) - (Date.now() - 7 * 86_400_000))).toBeLessThan(60_000);
    expect(digest.topics).toEqual([{ slug: topic.slug }]);
    expect(digest.methods.length).toBeGreaterThan(0);
    // Methods filed under the followed topic or a topic below it.
    const slugs = new Set((await db.orm.em.fork().find(Topic, { id: { $in: [...covered] } })).map((t) => t.slug));
    for (const method of digest.methods) expect(method.topics.nodes.some((t) => slugs.has(t.slug))).toBe(true);
    expect(digest.workshopOutputs).toEqual([{ insight: 'Fra en anden kommune' }]);
    expect(digest.threads.map((t) => t.title).sort()).toEqual(['Hvor kommuner taler med', 'I et emne du følger']);
  });

  it('is empty for a period with nothing new, and only for signed-in members', async () => {
    const future = await client.query<DigestData>(DIGEST, { since: new Date(Date.now() + 60_000) }, { cookie });
    expect(future.data?.digest).toMatchObject({ methods: [], evidenceRatings: [], workshopOutputs: [], threads: [] });
    const anonymous = await client.query(DIGEST);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
