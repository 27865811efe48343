import type { EntityManager, FilterQuery, Loaded } from '@mikro-orm/postgresql';
import { ANONYMOUS } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { Study } from '../evidence/study.entity.js';
import { Method } from '../method/method.entity.js';
import { csvCell } from '../registration/csv.js';

/** The licence the open data is given under; named in every file, in the Link header and in datapackage.json. */
export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Vidensbro',
} as const;

/** Methods read per batch: the export streams, so memory stays flat however many there are. */
const BATCH = 200;

export interface OpenMethod {
  slug: string;
  url: string;
  name: string;
  originalName: string | null;
  summary: string;
  country: string | null;
  website: string | null;
  targetGroups: string[];
  ageMin: number | null;
  ageMax: number | null;
  topics: string[];
  verdict: string;
  publishedAt: string | null;
  updatedAt: string;
  ratings: OpenRating[];
}

export interface OpenRating {
  scheme: string;
  value: string;
  strength: string;
  dimensions: Record<string, string> | null;
  ratedOn: string;
  source: string;
  note: string | null;
  url: string | null;
  /** The study behind the rating, by slug, when the public may read the study. */
  study: string | null;
}

/**
 * Public methods, in slug order, with their ratings, one batch at a time (keyset on the unique slug). The read
 * rule is the API's for an anonymous viewer, applied to the methods and again to the studies they cite.
 */
export async function* openMethods(em: EntityManager, origin: string): AsyncGenerator<OpenMethod> {
  let after: string | null = null;
  for (;;) {
    const fork = em.fork();
    const where: FilterQuery<Method> = {
      $and: [readableWhere<Method>(ANONYMOUS), ...(after ? [{ slug: { $gt: after } }] : [])],
    };
    const methods: Loaded<Method, 'topics'>[] = await fork.find(Method, where, {
      populate: ['topics'],
      orderBy: { slug: 'asc' },
      limit: BATCH,
    });
    if (methods.length === 0) return;
    const ratings = await fork.find(
      EvidenceRating,
      { method: { $in: methods.map((m) => m.id) } },
      { orderBy: { ratedOn: 'asc', id: 'asc' } },
    );
    const studyIds = [...new Set(ratings.flatMap((r) => (r.study ? [r.study.id] : [])))];
    const studies = studyIds.length
      ? await fork.find(
          Study,
          { $and: [{ id: { $in: studyIds } }, readableWhere<Study>(ANONYMOUS)] },
          {
            fields: ['slug'],
          },
        )
      : [];
    const studySlug = new Map(studies.map((s) => [s.id, s.slug]));
    for (const m of methods) {
      yield {
        slug: m.slug,
        url: `${origin}/methods/${encodeURIComponent(m.slug)}`,
        name: m.name,
        originalName: m.originalName ?? null,
        summary: m.summary,
        country: m.origin ?? null,
        website: m.website ?? null,
        targetGroups: [...m.targetGroups],
        ageMin: m.ageMin,
        ageMax: m.ageMax,
        topics: m.topics
          .getItems()
          .map((t) => t.slug)
          .sort(),
        verdict: m.verdictStrength,
        publishedAt: m.publishedAt?.toISOString() ?? null,
        updatedAt: m.updatedAt.toISOString(),
        ratings: ratings
          .filter((r) => r.method.id === m.id)
          .map((r) => ({
            scheme: r.scheme,
            value: r.value,
            strength: r.strength,
            dimensions: r.dimensions ? { ...r.dimensions } : null,
            ratedOn: r.ratedOn,
            source: r.source,
            note: r.note,
            url: r.url,
            study: (r.study && studySlug.get(r.study.id)) ?? null,
          })),
      };
    }
    after = methods[methods.length - 1]!.slug;
  }
}

/** methods.json: one JSON document, streamed: the licence first, then the methods with their ratings. */
export async function* methodsJson(em: EntityManager, origin: string, now: Date): AsyncGenerator<string> {
  const head = {
    licence: LICENCE,
    publisher: 'Vidensbro',
    source: `${origin}/open-data`,
    generatedAt: now.toISOString(),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"methods":[`;
  let first = true;
  for await (const method of openMethods(em, origin)) {
    yield `${first ? '' : ','}\n${JSON.stringify(method)}`;
    first = false;
  }
  yield '\n]}\n';
}

const METHOD_COLUMNS = [
  'slug',
  'url',
  'name',
  'original_name',
  'summary',
  'country',
  'website',
  'target_groups',
  'age_min',
  'age_max',
  'topics',
  'verdict',
  'ratings',
  'published_at',
  'updated_at',
];
const RATING_COLUMNS = [
  'method_slug',
  'scheme',
  'value',
  'strength',
  'target_group',
  'method',
  'implementation',
  'effect',
  'economy',
  'rated_on',
  'source',
  'note',
  'url',
  'study_slug',
];

const line = (cells: (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** methods.csv: one row per public method; lists are joined with "|". */
export async function* methodsCsv(em: EntityManager, origin: string): AsyncGenerator<string> {
  yield `\uFEFF${line(METHOD_COLUMNS)}`;
  for await (const m of openMethods(em, origin)) {
    yield line([
      m.slug,
      m.url,
      m.name,
      m.originalName,
      m.summary,
      m.country,
      m.website,
      m.targetGroups.join('|'),
      m.ageMin,
      m.ageMax,
      m.topics.join('|'),
      m.verdict,
      m.ratings.length,
      m.publishedAt,
      m.updatedAt,
    ]);
  }
}

/** ratings.csv: one row per rating of a public method, with Vidensportal's five grades where the scheme has them. */
export async function* ratingsCsv(em: EntityManager, origin: string): AsyncGenerator<string> {
  yield `\uFEFF${line(RATING_COLUMNS)}`;
  for await (const m of openMethods(em, origin)) {
    for (const r of m.ratings) {
      const d = r.dimensions;
      yield line([
        m.slug,
        r.scheme,
        r.value,
        r.strength,
        d?.targetGroup ?? null,
        d?.method ?? null,
        d?.implementation ?? null,
        d?.effect ?? null,
        d?.economy ?? null,
        r.ratedOn,
        r.source,
        r.note,
        r.url,
        r.study,
      ]);
    }
  }
}

/** datapackage.json (Frictionless Data): what the files are, their columns and their licence. */
export function dataPackage(origin: string) {
  const field = (name: string) => ({ name, type: 'string' });
  return {
    name: 'vidensbro-methods',
    title: 'Vidensbro: metoder og evidensvurderinger',
    description: 'Offentlige metoder i Vidensbro med deres evidensvurderinger.',
    homepage: origin,
    licenses: [{ name: LICENCE.name, title: LICENCE.title, path: LICENCE.path }],
    resources: [
      {
        name: 'methods',
        path: `${origin}/open-data/methods.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: METHOD_COLUMNS.map(field) },
      },
      {
        name: 'ratings',
        path: `${origin}/open-data/ratings.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: RATING_COLUMNS.map(field) },
      },
      { name: 'methods-json', path: `${origin}/open-data/methods.json`, format: 'json', mediatype: 'application/json' },
    ],
  };
}
