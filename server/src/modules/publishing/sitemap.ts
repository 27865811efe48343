import type { EntityManager } from '@mikro-orm/postgresql';
import { kindBySegment, kindPage, kindSummary, PUBLIC_KINDS } from './kinds.js';
import { XML_DECLARATION, xml } from './xml.js';

/** URLs per sitemap file: well under the protocol's 50,000, so one file is one bounded query. */
export const SITEMAP_PAGE_SIZE = 5000;
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The lists a visitor starts from; they change with their content, so they carry no lastmod. */
const LIST_PATHS = ['/', '/methods', '/cases', '/events', '/topics', '/organisations'];

/**
 * /sitemap.xml: an index of one sitemap for the list pages and, per kind of public page, one per
 * SITEMAP_PAGE_SIZE items, each with the kind's last change. One aggregate query per kind.
 */
export async function sitemapIndex(em: EntityManager, origin: string, size = SITEMAP_PAGE_SIZE): Promise<string> {
  const entries = [`<sitemap><loc>${xml(`${origin}/sitemaps/pages.xml`)}</loc></sitemap>`];
  for (const kind of PUBLIC_KINDS) {
    const { count, lastmod } = await kindSummary(em, kind);
    const pages = Math.ceil(count / size);
    for (let page = 1; page <= pages; page++) {
      const loc = `${origin}/sitemaps/${kind.segment}-${page}.xml`;
      const mod = lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : '';
      entries.push(`<sitemap><loc>${xml(loc)}</loc>${mod}</sitemap>`);
    }
  }
  return `${XML_DECLARATION}<sitemapindex xmlns="${NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/**
 * One sitemap file: `pages`, or `<kind>-<n>` (n from 1). Null for a name that is not one, or a page past the end
 * (so a stale index entry answers 404 rather than an empty file).
 */
export async function sitemapFile(
  em: EntityManager,
  origin: string,
  name: string,
  size = SITEMAP_PAGE_SIZE,
): Promise<string | null> {
  const urls: string[] = [];
  if (name === 'pages') {
    for (const path of LIST_PATHS) urls.push(`<url><loc>${xml(`${origin}${path}`)}</loc></url>`);
  } else {
    const parsed = /^([a-z]+)-([1-9]\d{0,5})$/.exec(name);
    const kind = parsed ? kindBySegment(parsed[1]!) : undefined;
    if (!parsed || !kind) return null;
    const rows = await kindPage(em, kind, Number(parsed[2]) - 1, size);
    if (rows.length === 0) return null;
    for (const row of rows) {
      const loc = `${origin}/${kind.segment}/${encodeURIComponent(row.slug)}`;
      urls.push(`<url><loc>${xml(loc)}</loc><lastmod>${row.updatedAt.toISOString()}</lastmod></url>`);
    }
  }
  return `${XML_DECLARATION}<urlset xmlns="${NS}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything public may be crawled; accounts, editors and personal pages may not. */
export function robotsTxt(origin: string): string {
  const disallow = [
    '/account',
    '/edit/',
    '/drafts',
    '/moderation',
    '/notifications',
    '/organisation/members',
    '/my/',
    '/digest',
    '/invitation/',
    '/shared/',
    '/sign-in',
    '/members/',
    '/search',
    '/cases/new',
    '/graphql',
    '/explorer',
  ];
  return [
    'User-agent: *',
    ...disallow.map((path) => `Disallow: ${path}`),
    'Allow: /',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
