import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ANONYMOUS } from '../auth/viewer.js';
import { Case } from '../case/case.entity.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, Workshop } from '../event/event.entity.js';
import { Study } from '../evidence/study.entity.js';
import { Method } from '../method/method.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Report } from '../report/report.entity.js';
import { talkMediaPaths } from '../talk/talk.http.js';
import { parseVideoLink } from '../talk/video-links.js';
import { Talk } from '../talk/talk.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { SITE_DESCRIPTION, type FeedLink, type PageHead } from './head.js';
import * as ld from './json-ld.js';
import type { PageMatch, PageRoute } from './page-routes.js';

/** Site-wide feeds, advertised on every page. */
export const SITE_FEEDS: FeedLink[] = [
  { title: 'Vidensbro: ny viden', href: '/feeds/knowledge.atom' },
  { title: 'Vidensbro: kommende møder', href: '/feeds/events.atom' },
];

/** List pages: their Danish titles and descriptions, as the client shows them. */
const LISTS: Partial<Record<PageRoute, [string | null, string]>> = {
  '/': [null, SITE_DESCRIPTION],
  '/methods': ['Metoder', 'Metoder til arbejdet med anbragte og udsatte børn, med deres evidens.'],
  '/cases': ['Praksiseksempler', 'Hvad kommuner og organisationer har gjort, og hvad de har lært.'],
  '/events': ['Møder', 'Forummøder og netværksmøder med oplæg, workshops og rapporter.'],
  '/topics': ['Emner', 'Viden og praksis om anbragte og udsatte børn, ordnet efter emne.'],
  '/organisations': ['Organisationer', 'Kommuner, forskere og organisationer i Vidensbro.'],
  '/privacy': ['Privatliv', 'Sådan behandler Vidensbro personoplysninger.'],
};

/** Public pages of these kinds have a subject in the database; everything else is the app's own. */
const SUBJECTS = new Set<PageRoute>([
  '/methods/:slug',
  '/methods/:slug/summary',
  '/cases/:slug',
  '/studies/:slug',
  '/talks/:slug',
  '/events/:slug',
  '/workshops/:slug',
  '/reports/:slug',
  '/topics/:slug',
  '/organisations/:slug',
]);

const generic = (status: 200 | 404, noindex: boolean): PageHead => ({
  title: status === 404 ? 'Siden findes ikke' : null,
  description: SITE_DESCRIPTION,
  path: null,
  ogType: 'website',
  jsonLd: null,
  noindex,
  feeds: SITE_FEEDS,
  status,
});

/** The generic head of a path no page has: a 404 that still loads the app (it shows its not-found page). */
export const NOT_FOUND_HEAD = generic(404, true);

/**
 * The head for a page, read as the public reads it (the same `readableWhere` as the API, for an anonymous
 * viewer), whoever asks: a members-only item or a draft answers exactly like a missing one (404, generic head),
 * so no title leaks to a crawler, and the answer never varies by cookie, which keeps it cacheable. A member's
 * browser still gets the app, which then loads the item with the member's own rights.
 */
export async function pageHead(em: EntityManager, match: PageMatch): Promise<PageHead> {
  const list = LISTS[match.route];
  if (list) {
    const [title, description] = list;
    const jsonLd = match.route === '/' ? ld.website() : null;
    return { ...generic(200, false), title, description, path: match.route, jsonLd };
  }
  if (!SUBJECTS.has(match.route)) return generic(200, true);
  const slug = match.params.slug ?? '';
  const path = `/${match.route.split('/')[1]}/${encodeURIComponent(slug)}`;
  const found = await subjectHead(em, match.route, slug);
  if (!found) return NOT_FOUND_HEAD;
  return { ...generic(200, false), ...found, path, feeds: [...SITE_FEEDS, ...(found.feeds ?? [])] };
}

type SubjectHead = Pick<PageHead, 'title' | 'description' | 'ogType' | 'jsonLd'> & { feeds?: FeedLink[] };

function readable<T extends ContentEntity>(slug: string): FilterQuery<T> {
  return { $and: [{ slug }, readableWhere<T>(ANONYMOUS)] } as FilterQuery<T>;
}

async function subjectHead(em: EntityManager, route: PageRoute, slug: string): Promise<SubjectHead | null> {
  switch (route) {
    case '/methods/:slug/summary': // the printable one-page summary of the same method
    case '/methods/:slug': {
      const m = await em.findOne(Method, readable<Method>(slug), {
        fields: ['name', 'originalName', 'summary', 'publishedAt', 'updatedAt', 'website', 'origin'],
      });
      return m && { title: m.name, description: m.summary, ogType: 'article', jsonLd: ld.method(m) };
    }
    case '/cases/:slug': {
      const c = await em.findOne(Case, readable<Case>(slug), {
        fields: ['title', 'summary', 'publishedAt', 'updatedAt', 'year', 'organisation.name'],
      });
      return c && { title: c.title, description: c.summary, ogType: 'article', jsonLd: ld.practiceCase(c) };
    }
    case '/studies/:slug': {
      const s = await em.findOne(Study, readable<Study>(slug), {
        fields: ['title', 'abstract', 'year', 'authors', 'publisher', 'url', 'publishedAt', 'updatedAt'],
      });
      return s && { title: s.title, description: s.abstract, ogType: 'article', jsonLd: ld.study(s) };
    }
    case '/talks/:slug': {
      const t = await em.findOne(Talk, readable<Talk>(slug), {
        fields: [
          'title',
          'summary',
          'videoUrl',
          'videoFile',
          'durationSeconds',
          'startsAt',
          'publishedAt',
          'speakers',
          'event',
        ],
      });
      if (!t) return null;
      // An uploaded video plays from our media route; a link to a video host is described by its embed address.
      const link = t.videoUrl ? parseVideoLink(t.videoUrl) : null;
      const video = t.videoFile
        ? { contentUrl: talkMediaPaths(slug).video }
        : link
          ? { embedUrl: link.embedUrl }
          : { contentUrl: t.videoUrl ?? undefined };
      // The talk's event is named only when the public may read it too.
      const event = await em.findOne(
        Event,
        { $and: [{ id: t.event.id }, readableWhere<Event>(ANONYMOUS)] },
        {
          fields: ['title', 'theme', 'description', 'startsAt', 'endsAt', 'venue', 'city'],
        },
      );
      return { title: t.title, description: t.summary, ogType: 'video.other', jsonLd: ld.talk(t, video, event) };
    }
    case '/events/:slug': {
      const e = await em.findOne(Event, readable<Event>(slug), {
        fields: ['title', 'theme', 'description', 'startsAt', 'endsAt', 'venue', 'city', 'kind'],
      });
      return (
        e && { title: e.title, description: `${e.theme}. ${e.description}`, ogType: 'website', jsonLd: ld.event(e) }
      );
    }
    case '/workshops/:slug': {
      const w = await em.findOne(Workshop, readable<Workshop>(slug), {
        fields: ['title', 'description', 'startsAt', 'durationMinutes', 'room'],
      });
      return w && { title: w.title, description: w.description, ogType: 'website', jsonLd: ld.workshop(w) };
    }
    case '/reports/:slug': {
      const r = await em.findOne(Report, readable<Report>(slug), {
        fields: ['title', 'summary', 'publishedOn', 'url', 'publishedAt', 'updatedAt'],
      });
      return r && { title: r.title, description: r.summary, ogType: 'article', jsonLd: ld.report(r) };
    }
    case '/topics/:slug': {
      const t = await em.findOne(Topic, { slug }, { fields: ['nameDa', 'nameEn', 'descriptionDa'] });
      if (!t) return null;
      const topicPath = `/feeds/topics/${encodeURIComponent(slug)}`;
      return {
        title: t.nameDa,
        description: t.descriptionDa ?? `Viden og praksis om ${t.nameDa.toLowerCase()}.`,
        ogType: 'website',
        jsonLd: ld.topic(t),
        feeds: [
          { title: `Vidensbro: ny viden om ${t.nameDa}`, href: `${topicPath}/knowledge.atom` },
          { title: `Vidensbro: kommende møder om ${t.nameDa}`, href: `${topicPath}/events.atom` },
        ],
      };
    }
    case '/organisations/:slug': {
      const o = await em.findOne(Organisation, { slug }, { fields: ['name', 'description', 'website', 'city'] });
      return o && { title: o.name, description: o.description, ogType: 'website', jsonLd: ld.organisation(o) };
    }
    default:
      return null;
  }
}
