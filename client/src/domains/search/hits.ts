import type { SearchNodeFragment } from '../../graphql/generated/graphql';
import { paths } from '../../paths';

export type HitType =
  'case' | 'method' | 'study' | 'talk' | 'event' | 'workshop' | 'output' | 'report' | 'organisation' | 'thread';

/** Where a hit leads, what to call it, and which kind it is (for the label and icon). */
export function hitTarget(node: SearchNodeFragment): { href: string; title: string; type: HitType } {
  switch (node.__typename) {
    case 'Case':
      return { href: paths.case(node.slug), title: node.title, type: 'case' };
    case 'Method':
      return { href: paths.method(node.slug), title: node.name, type: 'method' };
    case 'Study':
      return { href: paths.study(node.slug), title: node.title, type: 'study' };
    case 'Talk':
      return { href: paths.talk(node.slug), title: node.title, type: 'talk' };
    case 'Event':
      return { href: paths.event(node.slug), title: node.title, type: 'event' };
    case 'Workshop':
      return { href: paths.workshop(node.slug), title: node.title, type: 'workshop' };
    case 'Report':
      return { href: paths.report(node.slug), title: node.title, type: 'report' };
    case 'Organisation':
      return { href: paths.organisation(node.slug), title: node.name, type: 'organisation' };
    case 'Thread':
      return { href: paths.thread(node.id), title: node.title, type: 'thread' };
    case 'WorkshopOutput':
      // An output has no page of its own: it is read on its workshop's page, among the others.
      return {
        href: node.workshop ? `${paths.workshop(node.workshop.slug)}#outputs` : paths.search(),
        title: node.workshop ? `${node.organisation.name}: ${node.workshop.title}` : node.organisation.name,
        type: 'output',
      };
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

/** Snippets of Markdown bodies read as prose: no heading marks, emphasis marks or line breaks. */
function unescape(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/(^|\n)#{1,6}\s+/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s*\n+\s*/g, ' ');
}

/**
 * Reads the API's highlighted text (HTML-escaped, matches in <mark>…</mark>) into plain parts, so the page can
 * render marks as elements and never inserts the API's HTML.
 */
export function parseMarked(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: unescape(snippet.slice(last, match.index)), hit: false });
    parts.push({ text: unescape(match[1]!), hit: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: unescape(snippet.slice(last)), hit: false });
  return parts.filter((p) => p.text !== '');
}
