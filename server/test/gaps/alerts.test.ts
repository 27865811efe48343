import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { LiveEvents } from '../../src/live/pubsub.js';
import { Follow } from '../../src/modules/discussion/comment.entity.js';
import type { Method } from '../../src/modules/method/method.entity.js';
import { Member } from '../../src/modules/member/member.entity.js';
import { NOTIFICATION_ADDED } from '../../src/modules/notification/notification.commands.js';
import { OrganisationKind } from '../../src/modules/organisation/organisation.entity.js';
import type { Topic } from '../../src/modules/topic/topic.entity.js';
import { createTestDatabase, testLogger, type TestDatabase } from '../helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from '../helpers/factories.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import * as f from './fixtures.js';

let db: TestDatabase;
let client: TestClient;
let p: f.People;
let method: Method;
let hidden: Method;
let parent: Topic;
let cookies: Record<'member' | 'editor' | 'topicFan' | 'outsider', string>;
let topicFan: Member;
let outsider: Member;

const NOTES = `{ notifications(first: 20) { nodes { kind scheme oldGrade newGrade source method { name } } } }`;
type Note = {
  kind: string;
  scheme: string;
  oldGrade: string | null;
  newGrade: string;
  source: string;
  method: { name: string } | null;
};
async function notes(cookie: string): Promise<Note[]> {
  const res = await client.query<{ notifications: { nodes: Note[] } }>(NOTES, {}, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.notifications.nodes.filter((n) => n.kind === 'RATING_CHANGED');
}

const RATE = `mutation($m: ID!, $i: EvidenceRatingInput!) { createEvidenceRating(method: $m, input: $i) { evidenceRating { id } userErrors { message } } }`;
const REGRADE = `mutation($id: ID!, $i: EvidenceRatingInput!) { updateEvidenceRating(id: $id, input: $i) { userErrors { message } } }`;

async function rate(m: Method, input: Record<string, unknown>): Promise<string> {
  const res = await client.query<{ createEvidenceRating: { evidenceRating: { id: string } } }>(
    RATE,
    { m: encodeGlobalId('Method', m.id), i: { ratedOn: '2026-01-01', source: 'CEBC', ...input } },
    { cookie: cookies.editor },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createEvidenceRating.evidenceRating.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db);
  const em = db.orm.em.fork();
  p = await f.people(em, 'alert');
  const other = await createOrganisation(em, { slug: 'alert-other', kind: OrganisationKind.NGO });
  topicFan = await createMember(em, { organisation: p.municipality, email: 'fan@alert.example' });
  outsider = await createMember(em, { organisation: other });
  parent = f.topic(em, 'Familie');
  const child = f.topic(em, 'Forældre', parent);
  method = f.method(em, { name: 'Fulgt metode', topics: [child] });
  hidden = f.method(em, { name: 'Intern metode', visibility: f.Visibility.ORGANISATION, owner: p.municipality });
  await em.flush();
  // The outsider once followed a method they may not read (e.g. before it was narrowed).
  em.create(Follow, { member: outsider, subjectType: 'Method', subjectId: hidden.id });
  em.create(Follow, { member: p.member, subjectType: 'Method', subjectId: hidden.id });
  await em.flush();
  cookies = {
    member: await client.signIn(p.member.email, PASSWORD),
    editor: await client.signIn(p.editor.email, PASSWORD),
    topicFan: await client.signIn(topicFan.email, PASSWORD),
    outsider: await client.signIn(outsider.email, PASSWORD),
  };
  const follow = 'mutation($id: ID!) { follow(id: $id, following: true) { following userErrors { message } } }';
  await client.query(follow, { id: encodeGlobalId('Method', method.id) }, { cookie: cookies.member });
  await client.query(follow, { id: encodeGlobalId('Topic', parent.id) }, { cookie: cookies.topicFan });
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

describe('rating alerts', () => {
  it('tells followers of the method and of a topic above it the old and new grade and the source', async () => {
    const live = new LiveEvents();
    await live.connect(db.url, testLogger);
    const heard: unknown[] = [];
    const stop = live.listen(`${NOTIFICATION_ADDED}:${p.member.id}`, (payload) => heard.push(payload));
    try {
      const id = await rate(method, { scheme: 'CEBC', value: '3' });
      const added = {
        kind: 'RATING_CHANGED',
        scheme: 'CEBC',
        oldGrade: null,
        newGrade: '3',
        source: 'CEBC',
        method: { name: 'Fulgt metode' },
      };
      expect(await notes(cookies.member)).toEqual([added]);
      expect(await notes(cookies.topicFan)).toEqual([added]);

      await client.query(REGRADE, { id, i: { value: '1', source: 'CEBC 2026' } }, { cookie: cookies.editor });
      expect((await notes(cookies.member))[0]).toMatchObject({ oldGrade: '3', newGrade: '1', source: 'CEBC 2026' });
      // A note alone changes no grade: no news.
      await client.query(REGRADE, { id, i: { note: 'Opdateret note' } }, { cookie: cookies.editor });
      expect(await notes(cookies.member)).toHaveLength(2);
      for (let i = 0; i < 50 && heard.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toHaveLength(2);
    } finally {
      stop();
      await live.close();
    }
  });

  it('shows a Vidensportal regrade on any dimension', async () => {
    const dims = { targetGroup: 'A', method: 'B', implementation: 'C', effect: 'C', economy: 'D' };
    const id = await rate(method, { scheme: 'VIDENSPORTAL', dimensions: dims, source: 'Vidensportalen' });
    await client.query(REGRADE, { id, i: { dimensions: { ...dims, economy: 'B' } } }, { cookie: cookies.editor });
    expect((await notes(cookies.member)).slice(0, 2).map((n) => [n.oldGrade, n.newGrade])).toEqual([
      ['A/B/C/C/D', 'A/B/C/C/B'],
      [null, 'A/B/C/C/D'],
    ]);
  });

  it('never tells a follower about a method they may not read', async () => {
    await rate(hidden, { scheme: 'CEBC', value: '2' });
    expect(await notes(cookies.outsider)).toEqual([]);
    expect((await notes(cookies.member)).some((n) => n.method?.name === 'Intern metode')).toBe(true);
  });

  it('puts the alerts in the digest, through the read rule', async () => {
    type D = { digest: { ratingAlerts: Note[] } };
    const res = await client.query<D>(
      '{ digest { ratingAlerts { kind oldGrade newGrade source method { name } } } }',
      {},
      {
        cookie: cookies.member,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.digest.ratingAlerts.length).toBeGreaterThanOrEqual(4);
    expect(res.data!.digest.ratingAlerts.every((n) => n.kind === 'RATING_CHANGED' && n.method)).toBe(true);
  });

  it('shows whether the viewer follows a method or topic', async () => {
    const res = await client.query<{ method: { viewerIsFollowing: boolean } }>(
      'query($s: String!) { method(slug: $s) { viewerIsFollowing } }',
      { s: method.slug },
      { cookie: cookies.member },
    );
    expect(res.data!.method.viewerIsFollowing).toBe(true);
    const anon = await client.query<{ method: { viewerIsFollowing: boolean } }>(
      'query($s: String!) { method(slug: $s) { viewerIsFollowing } }',
      { s: method.slug },
    );
    expect(anon.data!.method.viewerIsFollowing).toBe(false);
    const topicQuery = 'query($s: String!) { topic(slug: $s) { viewerIsFollowing } }';
    type T = { topic: { viewerIsFollowing: boolean } };
    const fan = await client.query<T>(topicQuery, { s: parent.slug }, { cookie: cookies.topicFan });
    expect(fan.data!.topic.viewerIsFollowing).toBe(true);
    const other = await client.query<T>(topicQuery, { s: parent.slug }, { cookie: cookies.member });
    expect(other.data!.topic.viewerIsFollowing).toBe(false);
  });
});

describe('results for a followed knowledge gap', () => {
  it('notifies gap followers who may read the study when a linked study is published', async () => {
    const em = db.orm.em.fork();
    const gapMethod = f.method(em, { name: 'Hullet metode' });
    await em.flush();
    const { gapGlobalId, KnowledgeGapKind } = await import('../../src/modules/gaps/gap-keys.js');
    const gap = gapGlobalId({ kind: KnowledgeGapKind.METHOD_EVIDENCE, subject: gapMethod.id });
    const res = await client.query<{ followKnowledgeGap: { gap: { viewerIsFollowing: boolean } } }>(
      'mutation($g: ID!) { followKnowledgeGap(gap: $g, following: true) { gap { viewerIsFollowing } userErrors { code } } }',
      { g: gap },
      { cookie: cookies.member },
    );
    expect(res.data!.followKnowledgeGap.gap.viewerIsFollowing).toBe(true);
    const draft = f.study(em, { methods: [gapMethod], published: false });
    await em.flush();
    const results = async () => {
      const r = await client.query<{
        notifications: { nodes: { kind: string; gapId: string; study: { title: string } | null }[] };
      }>('{ notifications(first: 50) { nodes { kind gapId study { title } } } }', {}, { cookie: cookies.member });
      return r.data!.notifications.nodes.filter((n) => n.kind === 'GAP_RESULTS');
    };
    expect(await results()).toEqual([]);
    const publish = await client.query(
      'mutation($id: ID!) { publish(id: $id) { userErrors { message } } }',
      { id: encodeGlobalId('Study', draft.id) },
      { cookie: cookies.editor },
    );
    expect(publish.errors).toBeUndefined();
    expect(await results()).toEqual([{ kind: 'GAP_RESULTS', gapId: gap, study: { title: draft.title } }]);
  });
});
