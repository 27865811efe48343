import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ANONYMOUS } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { Event } from '../event/event.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { plainText } from './head.js';
import { KNOWLEDGE } from './kinds.js';
import { XML_DECLARATION, xml } from './xml.js';

/** Entries per feed: feed readers poll, so a feed is the latest few, not an archive. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  title: string;
  path: string;
  summary: string;
  updated: Date;
  published: Date | null;
  category: { term: string; label: string };
}

export interface AtomFeed {
  /** The feed's own path, e.g. /feeds/knowledge.atom; its URL is also its Atom id. */
  path: string;
  /** The page that shows the same things. */
  alternate: string;
  title: string;
  subtitle: string;
  entries: FeedEntry[];
}

/** Atom 1.0 (RFC 4287). Every text is escaped, and the feed's `updated` is its newest entry's, so it is stable. */
export function atom(feed: AtomFeed, origin: string): string {
  const url = (path: string) => xml(new URL(path, origin).href);
  const newest = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const entries = feed.entries.map((e) =>
    [
      '<entry>',
      `<id>${url(e.path)}</id>`,
      `<title type="text">${xml(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${url(e.path)}"/>`,
      `<updated>${e.updated.toISOString()}</updated>`,
      e.published ? `<published>${e.published.toISOString()}</published>` : '',
      `<summary type="text">${xml(e.summary)}</summary>`,
      `<category term="${xml(e.category.term)}" label="${xml(e.category.label)}"/>`,
      '</entry>',
    ]
      .filter(Boolean)
      .join('\n  '),
  );
  return `${XML_DECLARATION}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
<id>${url(feed.path)}</id>
<title type="text">${xml(feed.title)}</title>
<subtitle type="text">${xml(feed.subtitle)}</subtitle>
<updated>${newest.toISOString()}</updated>
<link rel="self" type="application/atom+xml" href="${url(feed.path)}"/>
<link rel="alternate" type="text/html" href="${url(feed.alternate)}"/>
<author><name>Vidensbro</name></author>
${entries.join('\n')}
</feed>
`;
}

/** The latest public knowledge (methods, cases, studies, reports, talks), optionally within one topic. */
export async function knowledgeEntries(em: EntityManager, topicId?: string): Promise<FeedEntry[]> {
  const all: FeedEntry[] = [];
  for (const kind of KNOWLEDGE) {
    const where = { $and: [kind.where, ...(topicId ? [{ topics: topicId }] : [])] } as FilterQuery<object>;
    const rows = (await em.find(kind.entity, where, {
      fields: ['slug', kind.title, kind.summary!, 'publishedAt', 'updatedAt'] as never,
      orderBy: { publishedAt: 'desc', id: 'asc' } as never,
      limit: FEED_SIZE,
    })) as unknown as Record<string, string | Date | null>[];
    for (const row of rows) {
      all.push({
        title: String(row[kind.title]),
        path: `/${kind.segment}/${encodeURIComponent(String(row.slug))}`,
        summary: plainText(row[kind.summary!] as string | null, 1000),
        updated: row.updatedAt as Date,
        published: row.publishedAt as Date,
        category: { term: kind.segment, label: kind.label },
      });
    }
  }
  return all.sort((a, b) => b.published!.getTime() - a.published!.getTime()).slice(0, FEED_SIZE);
}

const WHEN = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** Public events that have not ended, soonest first, optionally within one topic. */
export async function eventEntries(em: EntityManager, now: Date, topicId?: string): Promise<FeedEntry[]> {
  const where = {
    $and: [readableWhere<Event>(ANONYMOUS), { endsAt: { $gte: now } }, ...(topicId ? [{ topics: topicId }] : [])],
  } as FilterQuery<Event>;
  const events = await em.find(Event, where, {
    fields: ['slug', 'title', 'theme', 'startsAt', 'venue', 'city', 'publishedAt', 'updatedAt'],
    orderBy: { startsAt: 'asc', id: 'asc' },
    limit: FEED_SIZE,
  });
  return events.map((e) => ({
    title: e.title,
    path: `/events/${encodeURIComponent(e.slug)}`,
    summary: plainText(`${WHEN.format(e.startsAt)}, ${e.venue}, ${e.city}. ${e.theme}`, 1000),
    updated: e.updatedAt,
    published: e.publishedAt,
    category: { term: 'events', label: 'Møde' },
  }));
}

/** A topic by slug, for its feeds; null when there is none. */
export async function feedTopic(em: EntityManager, slug: string): Promise<{ id: string; name: string } | null> {
  const topic = await em.findOne(Topic, { slug }, { fields: ['nameDa'] });
  return topic && { id: topic.id, name: topic.nameDa };
}
