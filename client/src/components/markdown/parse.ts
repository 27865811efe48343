import { isSafeHref } from '../../links';

/**
 * A small Markdown reader for the subset editors write (headings, paragraphs, lists, quotes, emphasis, links,
 * code). It builds a tree that Solid renders as elements, so no HTML string from the API ever reaches innerHTML.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'quote'; children: Inline[] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const QUOTE = /^>\s?(.*)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  let quote: string[] = [];

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    if (quote.length) blocks.push({ kind: 'quote', children: parseInline(quote.join(' ')) });
    paragraph = [];
    list = undefined;
    quote = [];
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, children: parseInline(heading[2]!.trim()) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = Boolean(numbered);
      if (!list || list.ordered !== ordered) {
        flush();
        list = { ordered, items: [] };
      }
      list.items.push(item[1]!);
      continue;
    }
    const quoted = QUOTE.exec(line);
    if (quoted) {
      if (!quote.length) flush();
      quote.push(quoted[1]!);
      continue;
    }
    if (list) {
      // A continuation line belongs to the last list item.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last]} ${line.trim()}`;
      continue;
    }
    if (quote.length) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Only web and mail links and paths on this site are followed; anything else (javascript:, //host) is text. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  return isSafeHref(trimmed) ? trimmed : undefined;
}

const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)(?<!\s)\3|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index;
    if (index > last) out.push({ kind: 'text', text: text.slice(last, index) });
    if (match[2] !== undefined) out.push({ kind: 'strong', children: parseInline(match[2]) });
    else if (match[4] !== undefined) out.push({ kind: 'em', children: parseInline(match[4]) });
    else if (match[5] !== undefined) out.push({ kind: 'code', text: match[5] });
    else {
      const href = safeHref(match[7]!);
      const children = parseInline(match[6]!);
      out.push(href ? { kind: 'link', href, children } : { kind: 'text', text: match[6]! });
    }
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Shifts headings so the body's highest heading sits one level under the page's own heading. */
export function headingOffset(blocks: Block[], topLevel: number): number {
  const levels = blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
  return levels.length ? topLevel - Math.min(...levels) : 0;
}
