import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/modules/case/case.entity.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { PUBLIC_KINDS } from '../../src/modules/publishing/kinds.js';
import { sitemapFile, sitemapIndex } from '../../src/modules/publishing/sitemap.js';
import type { Topic } from '../../src/modules/topic/topic.entity.js';
import {
  createCase,
  createEvent,
  createMethod,
  createOrganisation,
  createTopic,
  createWorkshop,
} from '../helpers/factories.js';
import { PUBLIC_URL, publishingFixture, type PublishingFixture } from './fixture.js';

/** robots.txt, the sitemap and the Atom feeds: valid XML, public items only. */
let f: PublishingFixture;
let membersCase: Case;
let draft: Method;
/** A topic with public methods filed under it (and some not). */
let topic: Topic;
const HOSTILE = 'Feed ]]> <b>fed</b> & "citat" \u0001';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap', 'entry', 'link'].includes(name),
});

beforeAll(async () => {
  f = await publishingFixture();
  const em = f.db.orm.em.fork();
  // Every public kind, with more methods than one sitemap file of seven holds, and one hidden row of each sort.
  const organisation = await createOrganisation(em);
  topic = await createTopic(em);
  await createTopic(em);
  for (let i = 0; i < 9; i++) await createMethod(em, { topics: i % 3 === 0 ? [topic] : [] });
  await createMethod(em, { name: HOSTILE, publishedAt: new Date('2099-01-01T00:00:00Z') }); // heads the feed
  draft = await createMethod(em, { published: false, topics: [topic] });
  await createMethod(em, { visibility: Visibility.MEMBERS, topics: [topic] });
  await createCase(em, { organisation, topics: [topic] });
  await createCase(em, { organisation });
  membersCase = await createCase(em, { organisation, visibility: Visibility.MEMBERS });
  const day = 86_400_000;
  const soon = await createEvent(em, { startsAt: new Date(Date.now() + 30 * day) });
  await createEvent(em, { startsAt: new Date(Date.now() + 10 * day) });
  await createEvent(em, { startsAt: new Date(Date.now() - 30 * day) }); // over
  await createEvent(em, { startsAt: new Date(Date.now() + 5 * day), visibility: Visibility.MEMBERS });
  await createWorkshop(em, { event: soon });
});
afterAll(() => f.close());

async function xml(url: string, type: RegExp) {
  const res = await f.client.app.inject({ method: 'GET', url, headers: { accept: '*/*' } });
  expect(res.statusCode, url).toBe(200);
  expect(res.headers['content-type']).toMatch(type);
  expect(XMLValidator.validate(res.body)).toBe(true);
  return parser.parse(res.body) as Record<string, Record<string, unknown>>;
}

/** Every public page address, from the database, by the read rule's own definition of public. */
async function publicUrls(): Promise<Set<string>> {
  const em = f.db.orm.em.fork();
  const urls = new Set<string>();
  for (const kind of PUBLIC_KINDS) {
    const rows = (await em.find(kind.entity, kind.where, { fields: ['slug'] as never })) as unknown as {
      slug: string;
    }[];
    for (const row of rows) urls.add(`${PUBLIC_URL}/${kind.segment}/${encodeURIComponent(row.slug)}`);
  }
  return urls;
}

describe('robots.txt', () => {
  it('points to the sitemap and keeps crawlers out of accounts and editors', async () => {
    const res = await f.client.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const lines = res.body.split('\n');
    expect(lines).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    for (const path of ['/account', '/edit/', '/drafts', '/moderation', '/shared/'])
      expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).not.toContain('Disallow: /methods');
  });
});

describe('the sitemap', () => {
  it('lists every public page and nothing else, across its files', async () => {
    const index = await xml('/sitemap.xml', /^application\/xml/);
    const files = (index.sitemapindex!.sitemap as { loc: string }[]).map((s) => s.loc);
    expect(files[0]).toBe(`${PUBLIC_URL}/sitemaps/pages.xml`);
    const listed: string[] = [];
    for (const file of files) {
      const set = await xml(file.replace(PUBLIC_URL, ''), /^application\/xml/);
      for (const url of set.urlset!.url as { loc: string; lastmod?: string }[]) {
        listed.push(url.loc);
        if (!file.endsWith('pages.xml')) expect(Number.isNaN(Date.parse(url.lastmod!))).toBe(false);
      }
    }
    expect(new Set(listed).size).toBe(listed.length);
    const expected = await publicUrls();
    expect(listed.filter((u) => !u.includes('/sitemaps/') && expected.has(u)).length).toBe(expected.size);
    expect(listed.join('\n')).not.toContain(`/cases/${membersCase.slug}`);
    expect(listed.join('\n')).not.toContain(`/methods/${draft.slug}<`);
    expect(listed).not.toContain(`${PUBLIC_URL}/methods/${draft.slug}`);
    expect(listed).toContain(`${PUBLIC_URL}/methods`);
  });

  it('splits into bounded files that together hold each public page once', async () => {
    const em = f.db.orm.em.fork();
    const index = parser.parse(await sitemapIndex(em, PUBLIC_URL, 7)) as {
      sitemapindex: { sitemap: { loc: string }[] };
    };
    const names = index.sitemapindex.sitemap.map((s) => /\/sitemaps\/(.+)\.xml$/.exec(s.loc)![1]!);
    expect(names.filter((n) => n.startsWith('methods-')).length).toBeGreaterThan(1);
    const listed: string[] = [];
    for (const name of names.filter((n) => n !== 'pages')) {
      const body = (await sitemapFile(em, PUBLIC_URL, name, 7))!;
      const urls = (parser.parse(body) as { urlset: { url: { loc: string }[] } }).urlset.url;
      expect(urls.length).toBeLessThanOrEqual(7);
      listed.push(...urls.map((u) => u.loc));
    }
    expect(new Set(listed)).toEqual(await publicUrls());
    expect(listed.length).toBe((await publicUrls()).size);
    expect(await sitemapFile(em, PUBLIC_URL, 'methods-999', 7)).toBeNull();
    const missing = await f.client.app.inject({ method: 'GET', url: '/sitemaps/secrets-1.xml' });
    expect(missing.statusCode).toBe(404);
  });
});

interface AtomEntry {
  id: string;
  title: { '#text': string } | string;
  link: { '@href': string }[];
  updated: string;
  summary: unknown;
}
/** An element's text, whether the parser gave it as a string or (with attributes) as an object. */
const text = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? String((value as Record<string, string | number | undefined>)['#text'] ?? '')
    : String(value);

/** What RFC 4287 requires of a feed and its entries. */
function checkAtom(doc: Record<string, Record<string, unknown>>, self: string): AtomEntry[] {
  const feed = doc.feed!;
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id).toBe(`${PUBLIC_URL}${self}`);
  expect(text(feed.title).length).toBeGreaterThan(0);
  expect(Number.isNaN(Date.parse(String(feed.updated)))).toBe(false);
  expect((feed.author as { name: string }).name).toBe('Vidensbro');
  expect((feed.link as { '@rel': string; '@href': string }[]).find((l) => l['@rel'] === 'self')!['@href']).toBe(
    `${PUBLIC_URL}${self}`,
  );
  const entries = (feed.entry ?? []) as AtomEntry[];
  for (const e of entries) {
    expect(e.id).toMatch(/^https:\/\//);
    expect(text(e.title).length).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
    expect(e.link[0]!['@href']).toBe(e.id);
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return entries;
}

describe('the Atom feeds', () => {
  it('carry the newest public knowledge, escaped, and no draft or members-only item', async () => {
    const entries = checkAtom(await xml('/feeds/knowledge.atom', /^application\/atom\+xml/), '/feeds/knowledge.atom');
    expect(entries.length).toBeGreaterThan(5);
    const public_ = await publicUrls();
    for (const e of entries) expect(public_.has(e.id), e.id).toBe(true);
    expect(text(entries[0]!.title)).toBe(HOSTILE.replace('\u0001', '').trim());
    const kinds = new Set(entries.map((e) => new URL(e.id).pathname.split('/')[1]));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['cases', 'methods']));
  });

  it('list public events that have not ended, soonest first', async () => {
    const entries = checkAtom(await xml('/feeds/events.atom', /^application\/atom\+xml/), '/feeds/events.atom');
    const em = f.db.orm.em.fork();
    const upcoming = await em.find(
      Event,
      { visibility: Visibility.PUBLIC, publishedAt: { $ne: null }, endsAt: { $gte: new Date() } },
      { orderBy: { startsAt: 'asc', id: 'asc' } },
    );
    expect(upcoming).toHaveLength(2);
    expect(entries.map((e) => e.id)).toEqual(upcoming.map((e) => `${PUBLIC_URL}/events/${e.slug}`));
  });

  it('have a pair per topic, advertised on the topic’s page, holding only that topic’s items', async () => {
    const em = f.db.orm.em.fork();
    const page = await f.client.app.inject({ method: 'GET', url: `/topics/${topic.slug}`, headers: { accept: '*/*' } });
    const self = `/feeds/topics/${topic.slug}/knowledge.atom`;
    expect(page.body).toContain(`href="${PUBLIC_URL}${self}"`);
    const entries = checkAtom(await xml(self, /^application\/atom\+xml/), self);
    // Its three public methods and its public case; not the draft or the members' method.
    expect(entries.filter((e) => e.id.includes('/methods/'))).toHaveLength(3);
    expect(entries.filter((e) => e.id.includes('/cases/'))).toHaveLength(1);
    const inTopic = new Set(
      (await em.find(Method, { topics: topic.id }, { fields: ['slug'] })).map((m) => `${PUBLIC_URL}/methods/${m.slug}`),
    );
    for (const e of entries.filter((e) => e.id.includes('/methods/'))) expect(inTopic.has(e.id)).toBe(true);
    checkAtom(
      await xml(`/feeds/topics/${topic.slug}/events.atom`, /^application\/atom\+xml/),
      `/feeds/topics/${topic.slug}/events.atom`,
    );
    const missing = await f.client.app.inject({ method: 'GET', url: '/feeds/topics/no-such-topic/knowledge.atom' });
    expect(missing.statusCode).toBe(404);
  });
});
