import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../../seeds/demo/index.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Talk } from '../../src/modules/talk/talk.entity.js';
import { seedContent } from '../../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let member: string;
const SLUG = 'forummoede-2027-laering-og-trivsel';

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
  const em = db.orm.em.fork();
  await createMember(em, { organisation: await createOrganisation(em, { slug: 'programkommune' }) });
  client = await createTestClient(db);
  member = await client.signIn('member@programkommune.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const QUERY = `query($slug: String!) { event(slug: $slug) { membersOnlyTalks talks(first: 50) { totalCount } } }`;
async function programme(cookie?: string) {
  const res = await client.query<{ event: { membersOnlyTalks: number; talks: { totalCount: number } } }>(
    QUERY,
    { slug: SLUG },
    cookie ? { cookie } : {},
  );
  expect(res.errors).toBeUndefined();
  return res.data!.event;
}

describe('talks a guest cannot see', () => {
  it('are counted for guests, so the programme can say a talk is for members; members see them all', async () => {
    const em = db.orm.em.fork();
    const event = await em.findOneOrFail(Event, { slug: SLUG });
    const all = await em.count(Talk, { event });
    const forMembers = await em.count(Talk, { event, visibility: Visibility.MEMBERS, publishedAt: { $ne: null } });
    expect(forMembers).toBeGreaterThan(0);
    expect(await programme()).toEqual({ membersOnlyTalks: forMembers, talks: { totalCount: all - forMembers } });
    expect(await programme(member)).toEqual({ membersOnlyTalks: 0, talks: { totalCount: all } });
  });

  it('never count an organisation’s own talks or drafts', async () => {
    const em = db.orm.em.fork();
    const before = await programme();
    const talk = await em.findOneOrFail(Talk, { event: { slug: SLUG }, visibility: Visibility.PUBLIC });
    talk.visibility = Visibility.ORGANISATION;
    talk.owner = em.getReference(Organisation, (await em.findOneOrFail(Organisation, { isExample: true })).id, {
      wrapped: true,
    });
    const draft = await em.findOneOrFail(Talk, { event: { slug: SLUG }, visibility: Visibility.MEMBERS });
    draft.publishedAt = null;
    await em.flush();
    const after = await programme();
    expect(after.membersOnlyTalks).toBe(before.membersOnlyTalks - 1);
    expect(after.talks.totalCount).toBe(before.talks.totalCount - 1);
  });
});
