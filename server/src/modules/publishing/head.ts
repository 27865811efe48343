/**
 * The part of a page's <head> the server writes for crawlers and link previews: title, description, canonical
 * URL, Open Graph and Twitter tags, schema.org JSON-LD and feed links. Every value is data from the database, so
 * every value is escaped for where it lands: HTML attributes and text, and JSON inside a <script> element.
 */

export const SITE_NAME = 'Vidensbro';
export const SITE_DESCRIPTION = 'Vidensbro: viden og praksis om anbragte og udsatte børn.';

export interface FeedLink {
  title: string;
  /** A path on this site, e.g. /feeds/knowledge.atom. */
  href: string;
}

export interface PageHead {
  /** The page's own title, without the site name; null for the site's generic title. */
  title: string | null;
  description: string;
  /** The path the page is known by (its canonical URL is PUBLIC_URL + path); null when it has none (private pages). */
  path: string | null;
  /** og:type: website, article, video.other, … */
  ogType: string;
  /** schema.org JSON-LD for the page's subject, when it is public. */
  jsonLd: Record<string, unknown> | null;
  /** Pages that must stay out of search indexes (accounts, editors, share links, 404s). */
  noindex: boolean;
  feeds: FeedLink[];
  status: 200 | 404;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value in HTML: the five characters that can end either are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify leaves `</script>` and `<!--` as they
 * are, which would end the element (or open a comment) and let content write HTML; escaping <, > and & as \u
 * sequences keeps the same JSON value. U+2028/2029 are escaped for old JavaScript parsers that read JSON as code.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Characters XML 1.0 and HTML forbid (controls other than tab and newlines, lone surrogates, U+FFFE/FFFF). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text on one line: no control characters, whitespace runs folded, at most `max` characters (cut at a word). */
export function oneLine(text: string | null | undefined, max = 300): string {
  const flat = (text ?? '').replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A description from Markdown: links to their text, headings, quotes and emphasis marks dropped, one line. */
export function plainText(markdown: string | null | undefined, max = 300): string {
  const text = (markdown ?? '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}(#{1,6}|>)[ \t]*/gm, '')
    .replace(/[*_`]+/g, '');
  return oneLine(text, max);
}

/** Removes what XML cannot carry, for feeds and sitemaps. */
export function xmlSafe(text: string | null | undefined): string {
  return (text ?? '').replace(FORBIDDEN, '');
}

export function fullTitle(head: Pick<PageHead, 'title'>): string {
  return head.title ? `${oneLine(head.title, 200)} · ${SITE_NAME}` : SITE_NAME;
}

/** The JSON-LD with the page's canonical URL, and a media path of ours (`contentUrl`) made absolute. */
function absoluteLd(ld: NonNullable<PageHead['jsonLd']>, url: string | null, origin: string) {
  const contentUrl = typeof ld.contentUrl === 'string' && ld.contentUrl.startsWith('/') ? ld.contentUrl : null;
  return {
    ...ld,
    ...(contentUrl ? { contentUrl: new URL(contentUrl, origin).href } : {}),
    ...(url ? { mainEntityOfPage: url } : {}),
  };
}

/** The elements for the head, one per line; `origin` is PUBLIC_URL (or the request's own origin). */
export function renderHead(head: PageHead, origin: string): string {
  const title = fullTitle(head);
  const description = plainText(head.description) || SITE_DESCRIPTION;
  const url = head.path ? new URL(head.path, origin).href : null;
  const meta = (attr: 'name' | 'property', key: string, content: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;
  const lines = [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    head.noindex ? meta('name', 'robots', 'noindex') : null,
    url ? `<link rel="canonical" href="${escapeHtml(url)}" />` : null,
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:locale', 'da_DK'),
    meta('property', 'og:type', head.ogType),
    meta('property', 'og:title', head.title ? oneLine(head.title, 200) : SITE_NAME),
    meta('property', 'og:description', description),
    url ? meta('property', 'og:url', url) : null,
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', head.title ? oneLine(head.title, 200) : SITE_NAME),
    meta('name', 'twitter:description', description),
    ...head.feeds.map(
      (feed) =>
        `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(new URL(feed.href, origin).href)}" />`,
    ),
    head.jsonLd
      ? `<script type="application/ld+json">${jsonForScript(absoluteLd(head.jsonLd, url, origin))}</script>`
      : null,
  ];
  return lines.filter((line): line is string => line !== null).join('\n    ');
}

/**
 * index.html without the title and description the build wrote, split where the page's own head goes (just
 * before </head>), so each answer is two string joins.
 */
export function headTemplate(indexHtml: string): { before: string; after: string } {
  const html = indexHtml
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+name=["']description["'][^>]*>\s*/i, '');
  const at = html.search(/<\/head>/i);
  if (at < 0) return { before: html, after: '' };
  return { before: `${html.slice(0, at)}  `, after: `\n  ${html.slice(at)}` };
}
