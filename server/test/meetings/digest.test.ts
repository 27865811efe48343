import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Thread } from '../../src/modules/discussion/thread.entity.js';
import { Member } from '../../src/modules/member/member.entity.js';
import { OrganisationKind, type Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { WorkshopOutput } from '../../src/modules/outcome/output.entity.js';
import type { Topic } from '../../src/modules/topic/topic.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import {
  createEvidenceRating,
  createFollow,
  createMember,
  createMethod,
  createOrganisation,
  createTopic,
} from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, createWorkshop, sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let cookie: string;
let topic: Topic;
let kommune: Organisation;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  kommune = await createOrganisation(em, { slug: 'dg-kommune' });
  const ngo = await createOrganisation(em, { slug: 'dg-ngo', kind: OrganisationKind.NGO });
  const member = await createMember(em, { organisation: kommune, email: 'dg@k.example' });
  cookie = await sessionCookie(em, member);
  // The member follows a topic: methods filed under it or under a topic below it are in the digest.
  topic = await createTopic(em);
  const below = await createTopic(em, { parent: topic });
  const filed = await createMethod(em, { name: 'I emnet', topics: [topic] });
  await createMethod(em, { name: 'Under emnet', topics: [below] });
  await createEvidenceRating(em, { method: filed });
  await createFollow(em, { member, subject: topic });
  // Threads that count only through the organisation's kind are about a method outside the followed topics.
  const outside = await createMethod(em, { name: 'Uden for emnet', topics: [await createTopic(em)] });
  await createEvidenceRating(em, { method: outside });

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
    // Methods filed under the followed topic or a topic below it, and the ratings of those methods only.
    expect(digest.methods.map((m) => m.name).sort()).toEqual(['I emnet', 'Under emnet']);
    expect(digest.evidenceRatings).toHaveLength(1);
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
