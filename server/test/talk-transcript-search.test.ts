import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../src/modules/content/content.enums.js';
import { Event } from '../src/modules/event/event.entity.js';
import { Talk } from '../src/modules/talk/talk.entity.js';
import { eventFields } from './helpers/authorization-fixture.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/** Talk.transcriptMatches through the real HTTP stack: what it finds, who may search, and its limits. */
let db: TestDatabase;
let client: TestClient;
let member: Record<string, string>;
const ids: Record<string, string> = {};

const transcript = [
  { startSeconds: 0, text: 'Godmorgen og velkommen.' },
  { startSeconds: 45, text: 'De fleste sammenbrud sker i de første måneder.' },
  { startSeconds: 90, text: 'Plejefamilierne ringer først, når det brænder.' },
  { startSeconds: 135, text: 'Anbringelsen blev forberedt grundigt.' },
  { startSeconds: 180, text: 'Skolen ringede om fraværet.' },
];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const ours = await createOrganisation(em, { slug: 'tx-ours' });
  const theirs = await createOrganisation(em, { slug: 'tx-theirs' });
  await createMember(em, { organisation: ours, email: 'member@tx.example' });
  const at = new Date('2026-10-08T09:00:00Z');
  const event = em.create(Event, { ...eventFields('tx-event'), publishedAt: at });
  const talk = (slug: string, visibility: Visibility, published = true, owner = ours) =>
    em.create(Talk, {
      slug,
      visibility,
      publishedAt: published ? at : null,
      owner,
      event,
      title: slug,
      summary: 's',
      durationSeconds: 600,
      startsAt: at,
      transcript,
    });
  const talks = {
    open: talk('tx-open', Visibility.PUBLIC),
    members: talk('tx-members', Visibility.MEMBERS),
    draft: talk('tx-draft', Visibility.PUBLIC, false, theirs),
    theirs: talk('tx-theirs', Visibility.ORGANISATION, true, theirs),
  };
  await em.flush();
  for (const [key, row] of Object.entries(talks)) ids[key] = row.nodeId;
  client = await createTestClient(db);
  member = { cookie: await client.signIn('member@tx.example', PASSWORD) };
});
afterAll(async () => {
  await client?.app.close();
  await db?.drop();
});

interface Matches {
  totalCount: number;
  searchedAs: string;
  reduced: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { index: number; startSeconds: number; text: string; snippet: string; matchedWords: number }[];
}
const MATCHES =
  'totalCount searchedAs reduced pageInfo { hasNextPage endCursor } nodes { index startSeconds text snippet matchedWords }';

function bySlug(slug: string, query: string, headers: Record<string, string> = {}, args = '') {
  return client.query<{ talk: { transcriptMatches: Matches } | null }>(
    `query($slug: String!, $q: String!) { talk(slug: $slug) { transcriptMatches(query: $q${args}) { ${MATCHES} } } }`,
    { slug, q: query },
    headers,
  );
}

describe('Talk.transcriptMatches', () => {
  it('finds the right segment for a typo, an inflected form, a compound part and a synonym', async () => {
    const res = await client.query<Record<string, { transcriptMatches: Matches }>>(
      `{ typo: talk(slug: "tx-open") { transcriptMatches(query: "sammenbrudd") { ${MATCHES} } }
         inflected: talk(slug: "tx-open") { transcriptMatches(query: "anbringelser") { ${MATCHES} } }
         part: talk(slug: "tx-open") { transcriptMatches(query: "familie") { ${MATCHES} } }
         synonym: talk(slug: "tx-open") { transcriptMatches(query: "placering") { ${MATCHES} } } }`,
    );
    expect(res.errors).toBeUndefined();
    const found = (key: string) => res.data![key]!.transcriptMatches.nodes.map((n) => n.startSeconds);
    expect(found('typo')).toEqual([45]);
    expect(found('inflected')).toEqual([135]);
    expect(found('part')).toEqual([90]);
    expect(found('synonym')).toEqual([135]);
    expect(res.data!.typo!.transcriptMatches.searchedAs).toBe('sammenbrud');
    expect(res.data!.typo!.transcriptMatches.nodes[0]).toEqual({
      index: 1,
      startSeconds: 45,
      text: transcript[1]!.text,
      snippet: 'De fleste <mark>sammenbrud</mark> sker i de første måneder.',
      matchedWords: 1,
    });
  });

  it('is only there on a talk the viewer may read: a hidden transcript is not searchable', async () => {
    const hidden = ['tx-members', 'tx-draft', 'tx-theirs'];
    for (const slug of hidden) expect((await bySlug(slug, 'sammenbrud')).data).toEqual({ talk: null });
    const nodes = await client.query<{ nodes: unknown[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Talk { transcriptMatches(query: "sammenbrud") { totalCount } } } }`,
      { ids: [ids.members, ids.draft, ids.theirs] },
    );
    expect(nodes.data).toEqual({ nodes: [null, null, null] });
    const list = await client.query<{ talks: { nodes: { slug: string }[] } }>(
      '{ talks(first: 20) { nodes { slug transcriptMatches(query: "sammenbrud") { totalCount } } } }',
    );
    expect(list.data!.talks.nodes.map((n) => n.slug)).toEqual(['tx-open']);

    // A member reads the members' talk, but neither another organisation's own talk nor its draft.
    expect((await bySlug('tx-members', 'sammenbrud', member)).data!.talk!.transcriptMatches.totalCount).toBe(1);
    for (const slug of ['tx-draft', 'tx-theirs'])
      expect((await bySlug(slug, 'sammenbrud', member)).data).toEqual({ talk: null });
  });

  it('answers whoever holds an open share link, as Talk.transcript does', async () => {
    const made = await client.query<{ createShareLink: { secret: string } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { secret } }',
      { i: { itemId: ids.members } },
      member,
    );
    const res = await client.query<{ sharedItem: { transcriptMatches: Matches } }>(
      `query($s: String!) { sharedItem(secret: $s) { ... on Talk { transcriptMatches(query: "sammenbrudd") { ${MATCHES} } } } }`,
      { s: made.data!.createShareLink.secret },
    );
    expect(res.data!.sharedItem.transcriptMatches.nodes.map((n) => n.index)).toEqual([1]);
  });

  it('pages with cursors and refuses pages over 100 and foreign cursors with BAD_USER_INPUT', async () => {
    const first = (await bySlug('tx-open', 'ringe', {}, ', first: 1')).data!.talk!.transcriptMatches;
    expect(first.totalCount).toBe(2);
    expect(first.nodes.map((n) => n.index)).toEqual([2]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = await bySlug('tx-open', 'ringe', {}, `, first: 1, after: "${first.pageInfo.endCursor}"`);
    expect(next.data!.talk!.transcriptMatches.nodes.map((n) => n.index)).toEqual([4]);
    expect(next.data!.talk!.transcriptMatches.pageInfo.hasNextPage).toBe(false);

    for (const args of [', first: 101', ', first: -1', ', after: "bm90LWEtY3Vyc29y"']) {
      const res = await bySlug('tx-open', 'ringe', {}, args);
      expect(res.status).toBe(200);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('reads a pasted text of any length up to the body limit, and costs its transcript in the query limit', async () => {
    const long = 'Plejefamilien ringede om sammenbruddet i skolen og fraværet. '.repeat(1500); // ~90,000 characters
    const res = await bySlug('tx-open', long);
    expect(res.errors).toBeUndefined();
    expect(res.data!.talk!.transcriptMatches.reduced).toBe(true);
    expect(res.data!.talk!.transcriptMatches.totalCount).toBeGreaterThan(0);

    // Reading every transcript of a long list in one request is refused before anything runs.
    const many = await client.query('{ talks(first: 100) { nodes { transcriptMatches(query: "x") { totalCount } } } }');
    expect(many.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
