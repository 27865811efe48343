import type { Case } from '../case/case.entity.js';
import type { Event, Workshop } from '../event/event.entity.js';
import type { Study } from '../evidence/study.entity.js';
import type { Method } from '../method/method.entity.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import type { Report } from '../report/report.entity.js';
import type { Talk } from '../talk/talk.entity.js';
import type { Topic } from '../topic/topic.entity.js';
import { oneLine, plainText, SITE_DESCRIPTION, SITE_NAME } from './head.js';

/**
 * schema.org descriptions of the public things a page shows, for search engines. Only fields the public may read
 * go in; callers pass related objects (a talk's event) only when those are public too. `url` is added by the
 * page's canonical URL as `mainEntityOfPage` when the head is rendered (head.ts), where the site's origin is known.
 */

type Ld = Record<string, unknown>;
const base = (type: string): Ld => ({ '@context': 'https://schema.org', '@type': type, inLanguage: 'da' });
const iso = (date: Date | null | undefined) => (date ? date.toISOString() : undefined);
const forum: Ld = { '@type': 'Organization', name: SITE_NAME };

/** ISO 8601 duration, as VideoObject wants it: 3725 s → PT1H2M5S. */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${rest || (!h && !m) ? `${rest}S` : ''}`;
}

/** The site itself, on the home page. */
export function website(): Ld {
  return { ...base('WebSite'), name: SITE_NAME, description: SITE_DESCRIPTION, publisher: forum };
}

/** A method is a described intervention: a CreativeWork about it, with its foreign name as an alternate name. */
export function method(
  m: Pick<Method, 'name' | 'originalName' | 'summary' | 'publishedAt' | 'updatedAt' | 'website' | 'origin'>,
): Ld {
  return {
    ...base('CreativeWork'),
    name: m.name,
    alternateName: m.originalName ?? undefined,
    description: plainText(m.summary, 1000),
    datePublished: iso(m.publishedAt),
    dateModified: iso(m.updatedAt),
    sameAs: m.website ?? undefined,
    countryOfOrigin: m.origin ?? undefined,
    publisher: forum,
  };
}

export function practiceCase(c: Pick<Case, 'title' | 'summary' | 'publishedAt' | 'updatedAt' | 'organisation'>): Ld {
  return {
    ...base('Article'),
    headline: oneLine(c.title, 110),
    name: c.title,
    description: plainText(c.summary, 1000),
    datePublished: iso(c.publishedAt),
    dateModified: iso(c.updatedAt),
    author: { '@type': 'Organization', name: c.organisation.getEntity().name },
    publisher: forum,
  };
}

export function study(s: Pick<Study, 'title' | 'abstract' | 'year' | 'authors' | 'publisher' | 'url'>): Ld {
  return {
    ...base('ScholarlyArticle'),
    headline: oneLine(s.title, 110),
    name: s.title,
    abstract: plainText(s.abstract, 2000),
    datePublished: String(s.year),
    author: s.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: s.publisher },
    sameAs: s.url ?? undefined,
  };
}

export type EventLd = Pick<Event, 'title' | 'theme' | 'description' | 'startsAt' | 'endsAt' | 'venue' | 'city'>;

export function event(e: EventLd): Ld {
  return {
    ...base('Event'),
    name: e.title,
    description: plainText(`${e.theme}. ${e.description}`, 1000),
    startDate: iso(e.startsAt),
    endDate: iso(e.endsAt),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: {
      '@type': 'Place',
      name: e.venue,
      address: { '@type': 'PostalAddress', addressLocality: e.city, addressCountry: 'DK' },
    },
    organizer: forum,
  };
}

export function workshop(w: Pick<Workshop, 'title' | 'description' | 'startsAt' | 'durationMinutes' | 'room'>): Ld {
  const end = new Date(w.startsAt.getTime() + w.durationMinutes * 60_000);
  return {
    ...base('Event'),
    name: w.title,
    description: plainText(w.description, 1000),
    startDate: iso(w.startsAt),
    endDate: iso(end),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: w.room ? { '@type': 'Place', name: w.room } : undefined,
    organizer: forum,
  };
}

/** A filmed talk; its event is described only when the caller found it public. */
export function talk(
  t: Pick<Talk, 'title' | 'summary' | 'publishedAt' | 'startsAt' | 'durationSeconds' | 'speakers'>,
  video: { contentUrl?: string; embedUrl?: string },
  recordedAt: EventLd | null,
): Ld {
  return {
    ...base('VideoObject'),
    name: t.title,
    description: plainText(t.summary, 1000),
    uploadDate: iso(t.publishedAt ?? t.startsAt),
    duration: isoDuration(t.durationSeconds),
    // A path (our own media route) becomes absolute when the head is rendered, where the origin is known.
    contentUrl: video.contentUrl,
    embedUrl: video.embedUrl,
    actor: t.speakers.map((s) => ({ '@type': 'Person', name: s.name, jobTitle: s.title || undefined })),
    recordedAt: recordedAt ? event(recordedAt) : undefined,
    publisher: forum,
  };
}

export function report(r: Pick<Report, 'title' | 'summary' | 'publishedOn' | 'updatedAt' | 'url'>): Ld {
  return {
    ...base('Report'),
    name: r.title,
    headline: oneLine(r.title, 110),
    description: plainText(r.summary, 1000),
    datePublished: r.publishedOn,
    dateModified: iso(r.updatedAt),
    sameAs: r.url ?? undefined,
    publisher: forum,
  };
}

export function topic(t: Pick<Topic, 'nameDa' | 'nameEn' | 'descriptionDa'>): Ld {
  return {
    ...base('CollectionPage'),
    name: t.nameDa,
    description: plainText(t.descriptionDa, 1000) || undefined,
    about: { '@type': 'DefinedTerm', name: t.nameDa, alternateName: t.nameEn },
  };
}

export function organisation(o: Pick<Organisation, 'name' | 'description' | 'website' | 'city'>): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: o.name,
    description: plainText(o.description, 1000) || undefined,
    url: o.website ?? undefined,
    address: o.city ? { '@type': 'PostalAddress', addressLocality: o.city, addressCountry: 'DK' } : undefined,
  };
}
