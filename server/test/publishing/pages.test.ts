import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Case } from '../../src/modules/case/case.entity.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import type { Method } from '../../src/modules/method/method.entity.js';
import { PUBLIC_KINDS } from '../../src/modules/publishing/kinds.js';
import { PAGE_ROUTES } from '../../src/modules/publishing/page-routes.js';
import { Talk } from '../../src/modules/talk/talk.entity.js';
import {
  createCase,
  createEvent,
  createMethod,
  createOrganisation,
  createReport,
  createStudy,
  createTalk,
  createTopic,
  createWorkshop,
} from '../helpers/factories.js';
import { CRAWLERS, PUBLIC_URL, publishingFixture, readHead, type PublishingFixture } from './fixture.js';

/** Pages as crawlers, link unfurlers and curl fetch them: the app for every page, with the page's own head. */
let f: PublishingFixture;
let talk: Talk;
let method: Method;
let membersCase: Case;
let draft: Method;
let hostile: Method;
const HOSTILE_NAME = 'Trin </script><script>alert(1)</script> & "citat" <!-- x';

beforeAll(async () => {
  f = await publishingFixture();
  const em = f.db.orm.em.fork();
  // A public row of every kind, with a talk that has its own uploaded video, and a members-only case and a draft.
  const organisation = await createOrganisation(em, { name: 'Fjordby Kommune' });
  const topic = await createTopic(em, { nameDa: 'Læsning' });
  const event = await createEvent(em, { title: 'Forummøde om læring', topics: [topic] });
  talk = await createTalk(em, {
    event,
    title: 'Når plejebørn læser',
    summary: 'Erfaringer med læsemakkere i plejefamilier, fortalt af to sagsbehandlere.',
    video: true,
  });
  method = await createMethod(em, { name: 'De Utrolige År', topics: [topic] });
  await createCase(em, { organisation, title: 'Bogpakker til plejebørn' });
  membersCase = await createCase(em, { organisation, visibility: Visibility.MEMBERS, title: 'Kun for medlemmer' });
  draft = await createMethod(em, { published: false, name: 'Et udkast' });
  hostile = await createMethod(em, { name: HOSTILE_NAME });
  await createStudy(em, { title: 'Et lodtrækningsforsøg' });
  await createWorkshop(em, { event, title: 'Hvad betyder det hos jer?' });
  await createReport(em, { event, title: 'Tendenser før mødet' });
});
afterAll(() => f.close());

const get = (url: string, headers: Record<string, string> = {}) => f.client.app.inject({ method: 'GET', url, headers });

describe.each(CRAWLERS)('a crawler like %s', (_name, headers) => {
  it('gets a public talk as HTML with its title, Open Graph tags and a VideoObject', async () => {
    const res = await get(`/talks/${talk.slug}`, headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const head = readHead(res.body);
    expect(head.titles).toEqual([`${talk.title} · Vidensbro`]);
    expect(head.canonical).toBe(`${PUBLIC_URL}/talks/${talk.slug}`);
    expect(head.og('title')).toBe(talk.title);
    expect(head.og('type')).toBe('video.other');
    expect(head.og('url')).toBe(`${PUBLIC_URL}/talks/${talk.slug}`);
    expect(head.og('locale')).toBe('da_DK');
    expect(head.twitter('card')).toBe('summary');
    expect(head.description!.length).toBeGreaterThan(20);
    expect(talk.summary.startsWith(head.description!.replace(/…$/, ''))).toBe(true);
    const [ld] = head.jsonLd;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: talk.title,
      contentUrl: `${PUBLIC_URL}/media/talks/${talk.slug}/video`, // its own video, played from us
    });
    expect(ld!.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
    expect(res.body).toContain('<div id="root"></div>'); // still the app
  });

  it('gets a method with its name and a CreativeWork', async () => {
    const res = await get(`/methods/${method.slug}`, headers);
    expect(res.statusCode).toBe(200);
    const head = readHead(res.body);
    expect(head.title).toBe(`${method.name} · Vidensbro`);
    expect(head.og('type')).toBe('article');
    expect(head.jsonLd[0]).toMatchObject({ '@type': 'CreativeWork', name: method.name, inLanguage: 'da' });
    expect(head.feeds).toEqual([`${PUBLIC_URL}/feeds/knowledge.atom`, `${PUBLIC_URL}/feeds/events.atom`]);
  });

  it('gets the generic head, with nothing of the item, for a members-only case and a draft', async () => {
    for (const [path, title] of [
      [`/cases/${membersCase.slug}`, membersCase.title],
      [`/methods/${draft.slug}`, draft.name],
    ] as const) {
      const res = await get(path, headers);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).not.toContain(title);
      expect(res.body).not.toContain(path);
      const head = readHead(res.body);
      expect(head.title).toBe('Siden findes ikke · Vidensbro');
      expect(head.robots).toBe('noindex');
      expect(head.jsonLd).toEqual([]);
      expect(head.canonical).toBeUndefined();
    }
  });
});

describe('every page route', () => {
  it('is the list the client routes (App.tsx)', async () => {
    const app = await readFile(fileURLToPath(new URL('../../../client/src/App.tsx', import.meta.url)), 'utf8');
    const routes = [...app.matchAll(/<Route path=(?:"([^"]+)"|\{\[([^\]]+)\]\})/g)].flatMap((m) =>
      m[1] ? [m[1]] : m[2]!.split(',').map((s) => s.trim().replace(/^'|'$/g, '')),
    );
    expect(routes.filter((r) => r !== '*404').sort()).toEqual([...PAGE_ROUTES].sort());
  });

  it.each(PAGE_ROUTES.map((route) => [route]))('%s answers the app to Accept: */* and to HEAD', async (route) => {
    const path = route.replace(/:[a-z]+/g, 'x');
    const res = await get(path, { accept: '*/*' });
    // A subject page whose item is missing is a 404, but still the app (it shows its own not-found page).
    expect(res.statusCode).toBe(route.includes(':slug') ? 404 : 200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<div id="root"></div>');
    expect(readHead(res.body).titles).toHaveLength(1);
    const head = await f.client.app.inject({ method: 'HEAD', url: path, headers: { accept: '*/*' } });
    expect(head.statusCode).toBe(res.statusCode);
    expect(head.headers['content-type']).toMatch(/^text\/html/);
  });

  it('keeps private pages out of search indexes', async () => {
    for (const path of ['/account', '/edit/new', '/shared/secret-token', '/drafts']) {
      const head = readHead((await get(path, { accept: '*/*' })).body);
      expect(head.robots).toBe('noindex');
      expect(head.canonical).toBeUndefined();
    }
  });

  it('tells /cases/new (the form) from a case called "new"', async () => {
    const res = await get('/cases/new', { accept: '*/*' });
    expect(res.statusCode).toBe(200);
  });
});

describe('paths no page has', () => {
  it('answer 404 with the app to browsers and crawlers, and plain 404 to API clients and for files', async () => {
    for (const accept of ['*/*', 'text/html,application/xhtml+xml', '']) {
      const res = await get('/no/such/page', accept ? { accept } : {});
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="root"></div>');
      expect(readHead(res.body).robots).toBe('noindex');
    }
    expect((await get('/no/such/page', { accept: '*/*' })).headers.vary).toMatch(/accept/i);
    const api = await get('/no/such/page', { accept: 'application/json' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    for (const file of ['/assets/gone-1234.js', '/nothing-here.css']) {
      const res = await get(file, { accept: '*/*' });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).not.toMatch(/^text\/html/);
    }
  });

  it('leave the server’s own routes alone', async () => {
    const health = await get('/healthz', { accept: '*/*' });
    expect(health.headers['content-type']).toMatch(/^application\/json/);
  });
});

describe('every kind of public page', () => {
  const TYPES: Record<string, string> = {
    methods: 'CreativeWork',
    cases: 'Article',
    studies: 'ScholarlyArticle',
    talks: 'VideoObject',
    events: 'Event',
    workshops: 'Event',
    reports: 'Report',
    topics: 'CollectionPage',
    organisations: 'Organization',
  };

  it.each(PUBLIC_KINDS.map((kind) => [kind.segment, kind] as const))(
    '%s has its title and JSON-LD',
    async (_s, kind) => {
      const em = f.db.orm.em.fork();
      const [row] = (await em.find(kind.entity, kind.where, {
        fields: ['slug', kind.title] as never,
        orderBy: { slug: 'desc' } as never,
        limit: 1,
      })) as unknown as Record<string, string>[];
      const res = await get(`/${kind.segment}/${row!.slug}`, { accept: '*/*' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, no-cache'); // not the fallback for a failed read
      const head = readHead(res.body);
      expect(head.title).toBe(`${row![kind.title]} · Vidensbro`);
      expect(head.jsonLd[0]).toMatchObject({ '@type': TYPES[kind.segment] });
      expect(head.canonical).toBe(`${PUBLIC_URL}/${kind.segment}/${row!.slug}`);
    },
  );
});

describe('the home page', () => {
  it('describes the site as a WebSite, at the public address', async () => {
    const head = readHead((await get('/', { accept: '*/*' })).body);
    expect(head.title).toBe('Vidensbro');
    expect(head.canonical).toBe(`${PUBLIC_URL}/`);
    expect(head.jsonLd[0]).toMatchObject({ '@type': 'WebSite', name: 'Vidensbro', mainEntityOfPage: `${PUBLIC_URL}/` });
  });
});

describe('escaping', () => {
  it('keeps a name with </script>, quotes and a comment inside the JSON-LD and the attributes', async () => {
    const res = await get(`/methods/${hostile.slug}`, { accept: '*/*' });
    expect(res.statusCode).toBe(200);
    const head = readHead(res.body);
    // One script element only (the app's) besides the JSON-LD: the name did not open one.
    expect(head.scriptCount).toBe(2);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain('<!-- x');
    expect(head.jsonLd[0]!.name).toBe(HOSTILE_NAME);
    expect(head.title).toBe(`${HOSTILE_NAME} · Vidensbro`);
    expect(head.og('title')).toBe(HOSTILE_NAME);
  });
});

describe('caching', () => {
  it('revalidates with an ETag, and the same answer goes to everyone', async () => {
    const first = await get(`/talks/${talk.slug}`, { accept: '*/*' });
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const etag = String(first.headers.etag);
    const again = await get(`/talks/${talk.slug}`, { accept: '*/*', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    const em = f.db.orm.em.fork();
    const changed = (await em.findOne(Talk, talk.id))!;
    changed.title = `${talk.title} (opdateret)`;
    await em.flush();
    const after = await get(`/talks/${talk.slug}`, { accept: '*/*', 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(readHead(after.body).og('title')).toBe(`${talk.title} (opdateret)`);
    changed.title = talk.title;
    await em.flush();
  });
});

describe('PUBLIC_URL', () => {
  it('takes an http(s) origin, treats empty as unset, and refuses anything else', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://vidensbro.example/sti/' }).PUBLIC_URL).toBe('https://vidensbro.example');
    expect(loadConfig({ PUBLIC_URL: '' }).PUBLIC_URL).toBeUndefined();
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'vidensbro.example' })).toThrow(/PUBLIC_URL/);
  });
});
