import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { EventKind } from '../../src/modules/event/event.entity.js';
import { MemberRole } from '../../src/modules/member/member.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent, sessionCookie } from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
const cookies = {} as Record<'member' | 'owner' | 'editor', string>;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await createOrganisation(em, { slug: 'nm-org' });
  const owner = await createOrganisation(em, { slug: 'nm-owner' });
  cookies.member = await sessionCookie(em, await createMember(em, { organisation: org, email: 'm@nm.example' }));
  cookies.owner = await sessionCookie(em, await createMember(em, { organisation: owner, email: 'o@nm.example' }));
  cookies.editor = await sessionCookie(
    em,
    await createMember(em, { organisation: org, role: MemberRole.EDITOR, email: 'e@nm.example' }),
  );
  await createEvent(em, { slug: 'nm-past', startsInDays: -100, visibility: Visibility.PUBLIC });
  (await createEvent(em, { slug: 'nm-network', startsInDays: 10 })).event.kind = EventKind.NETWORK_MEETING;
  (await createEvent(em, { slug: 'nm-draft', startsInDays: 20 })).event.publishedAt = null;
  const own = (await createEvent(em, { slug: 'nm-own', startsInDays: 30, visibility: Visibility.ORGANISATION })).event;
  own.owner = em.getReference(Organisation, owner.id, { wrapped: true });
  await createEvent(em, { slug: 'nm-members', startsInDays: 60 });
  await createEvent(em, { slug: 'nm-public', startsInDays: 90, visibility: Visibility.PUBLIC });
  await em.flush();
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

async function next(slug: string, who?: keyof typeof cookies): Promise<string | null> {
  const res = await client.query<{ event: { nextMeeting: { slug: string } | null } }>(
    'query($s: String!) { event(slug: $s) { nextMeeting { slug } } }',
    { s: slug },
    who ? { cookie: cookies[who] } : {},
  );
  expect(res.errors).toBeUndefined();
  return res.data!.event.nextMeeting?.slug ?? null;
}

describe('Event.nextMeeting', () => {
  it('is the next published forum meeting the viewer may read', async () => {
    expect(await next('nm-past', 'member')).toBe('nm-members'); // not the network meeting, draft or other org's
    expect(await next('nm-past', 'editor')).toBe('nm-members'); // editors see drafts, but a draft is not announced
    expect(await next('nm-past', 'owner')).toBe('nm-own');
    expect(await next('nm-past')).toBe('nm-public');
    expect(await next('nm-members', 'member')).toBe('nm-public');
    expect(await next('nm-public', 'member')).toBeNull();
  });

  it('takes one statement for a whole page of events', async () => {
    db.queries.length = 0;
    const res = await client.query<{ events: { nodes: { slug: string; nextMeeting: { slug: string } | null }[] } }>(
      'query { events(first: 10, direction: ASC) { nodes { slug nextMeeting { slug } } } }',
      {},
      { cookie: cookies.member },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.events.nodes.map((e) => [e.slug, e.nextMeeting?.slug ?? null])).toEqual([
      ['nm-past', 'nm-members'],
      ['nm-network', 'nm-members'],
      ['nm-members', 'nm-public'],
      ['nm-public', null],
    ]);
    const eventReads = db.queries.filter((sql) => /from "event"/.test(sql));
    expect(eventReads.length).toBeLessThanOrEqual(3);
  });
});
