import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import type { Event } from '../../src/modules/event/event.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createEvent, createMember, createOrganisation, createTalk, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let member: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  await createMember(em, { organisation: await createOrganisation(em, { slug: 'programkommune' }) });
  client = await createTestClient(db);
  member = await client.signIn('member@programkommune.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

/** A public meeting with three public talks and two for members. */
async function meeting(): Promise<Event> {
  const em = db.orm.em.fork();
  const event = await createEvent(em);
  for (const visibility of [Visibility.PUBLIC, Visibility.MEMBERS, Visibility.PUBLIC, Visibility.MEMBERS])
    await createTalk(em, { event, visibility });
  await createTalk(em, { event });
  return event;
}

const QUERY = `query($slug: String!) { event(slug: $slug) { membersOnlyTalks talks(first: 50) { totalCount } } }`;
async function programme(event: Event, cookie?: string) {
  const res = await client.query<{ event: { membersOnlyTalks: number; talks: { totalCount: number } } }>(
    QUERY,
    { slug: event.slug },
    cookie ? { cookie } : {},
  );
  expect(res.errors).toBeUndefined();
  return res.data!.event;
}

describe('talks a guest cannot see', () => {
  it('are counted for guests, so the programme can say a talk is for members; members see them all', async () => {
    const event = await meeting();
    expect(await programme(event)).toEqual({ membersOnlyTalks: 2, talks: { totalCount: 3 } });
    expect(await programme(event, member)).toEqual({ membersOnlyTalks: 0, talks: { totalCount: 5 } });
  });

  it('never count an organisation’s own talks or drafts', async () => {
    const em = db.orm.em.fork();
    const event = await meeting();
    const other = await createOrganisation(em);
    await createTalk(em, { event, visibility: Visibility.ORGANISATION, owner: other });
    await createTalk(em, { event, visibility: Visibility.MEMBERS, published: false });
    expect(await programme(event)).toEqual({ membersOnlyTalks: 2, talks: { totalCount: 3 } });
    // A member of another organisation sees neither: the programme holds the same five talks.
    expect(await programme(event, member)).toEqual({ membersOnlyTalks: 0, talks: { totalCount: 5 } });
  });
});
