import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/** Raw HTML in Markdown is shown as text (html: false); the rendered HTML is sanitised again as a second wall. */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const MENTION = /\[@([^\]\n]{1,100})\]\(mention:([A-Za-z0-9+/=_-]{1,200})\)/g;

/** Global IDs of members mentioned as `[@Name](mention:<member id>)` (what the client's mention picker writes). */
export function mentionedIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => match[2]!))];
}

/** Markdown → safe HTML: no scripts, styles or event handlers; outside links get rel="nofollow ugc noopener". */
export function renderMarkdown(body: string): string {
  return sanitizeHtml(markdown.render(body), {
    allowedTags: [
      'p',
      'br',
      'strong',
      'em',
      'del',
      'code',
      'pre',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'h3',
      'h4',
      'h5',
      'h6',
      'hr',
    ],
    allowedAttributes: { a: ['href', 'rel', 'class'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    transformTags: {
      h1: 'h3',
      h2: 'h4',
      a: (tagName, attribs): sanitizeHtml.Tag => {
        const href = attribs.href ?? '';
        if (href.startsWith('mention:')) {
          return {
            tagName: 'a',
            attribs: { href: `/members/${encodeURIComponent(href.slice('mention:'.length))}`, class: 'mention' },
          };
        }
        return { tagName, attribs: { href, rel: 'nofollow ugc noopener' } };
      },
    },
  });
}
