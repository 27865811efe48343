import type { EntityManager, FilterQuery, Primary } from '@mikro-orm/postgresql';
import type { DemoContent } from '../../../seeds/demo/types.js';
import { Case } from '../modules/case/case.entity.js';
import { type TargetGroup, Visibility } from '../modules/content/content.enums.js';
import { Event, EventKind, Workshop } from '../modules/event/event.entity.js';
import { EvidenceRating, VidensportalDimensions } from '../modules/evidence/evidence-rating.entity.js';
import { applyStrength, rateEvidence } from '../modules/evidence/evidence.commands.js';
import { EvidenceScheme } from '../modules/evidence/evidence.enums.js';
import { Study, type StudyDesign } from '../modules/evidence/study.entity.js';
import { MediaFile } from '../modules/media/media-file.entity.js';
import { Method } from '../modules/method/method.entity.js';
import { seedPractice } from '../modules/method/practice-seed.js';
import {
  Membership,
  MembershipStatus,
  Organisation,
  type OrganisationKind,
} from '../modules/organisation/organisation.entity.js';
import { Report } from '../modules/report/report.entity.js';
import { Talk } from '../modules/talk/talk.entity.js';
import { Topic } from '../modules/topic/topic.entity.js';

type SlugEntity = { id: string; slug: string };
type Progress = (line: string) => void;

const BATCH = 1000;

/**
 * Loads typed seed content, matching rows on slug: rows that exist are left alone, so running it twice (or on top
 * of edited data) changes nothing. Works in batches with a cleared identity map, so 100,000 cases fit in memory.
 */
export async function seedContent(
  root: EntityManager,
  content: DemoContent,
  progress: Progress = () => {},
): Promise<{ created: number }> {
  const em = root.fork();
  let created = 0;
  const ids = new Map<string, Map<string, string>>();

  async function load<T extends SlugEntity, S extends { slug: string }>(
    entity: (new () => T) & { name: string },
    items: S[],
    build: (item: S, id: (type: string, slug: string) => string) => T,
  ): Promise<void> {
    const known = new Map<string, string>();
    ids.set(entity.name, known);
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items.slice(start, start + BATCH);
      const bySlug = { slug: { $in: batch.map((item) => item.slug) } } as unknown as FilterQuery<T>;
      const existing: SlugEntity[] = await em.find<T>(entity, bySlug);
      for (const row of existing) known.set(row.slug, row.id);
      for (const item of batch) {
        if (known.has(item.slug)) continue;
        const row = build(item, idOf);
        known.set(item.slug, row.id);
        em.persist(row);
        created++;
      }
      await em.flush();
      em.clear();
      if (items.length > BATCH) progress(`${entity.name}: ${Math.min(start + BATCH, items.length)}/${items.length}`);
    }
  }

  function idOf(type: string, slug: string): string {
    const id = ids.get(type)?.get(slug);
    if (!id) throw new Error(`Seed data refers to ${type} "${slug}", which does not exist.`);
    return id;
  }
  const refs = <T extends object>(entity: new () => T, type: string, slugs: string[]): T[] =>
    slugs.map((slug): T => em.getReference<T>(entity, idOf(type, slug) as Primary<T>));
  const published = (visibility: string, at: string) => ({
    visibility: visibility as Visibility,
    publishedAt: new Date(at),
  });

  await load(Organisation, content.organisations, (item) => {
    const org = em.create(Organisation, {
      slug: item.slug,
      name: item.name,
      kind: item.kind as OrganisationKind,
      description: item.description,
      website: item.website ?? null,
      city: item.city ?? null,
      isExample: item.isExample,
    });
    for (const m of item.memberships)
      em.create(Membership, {
        organisation: org,
        year: m.year,
        feeDkk: m.feeDkk,
        status: m.status as MembershipStatus,
      });
    return org;
  });

  // Parents before children, so a topic's parent id is known when it is created.
  const topics = [...content.topics].sort((a, b) => depth(content, a.slug) - depth(content, b.slug));
  await load(Topic, topics, (item, id) =>
    em.create(Topic, {
      slug: item.slug,
      nameDa: item.nameDa,
      nameEn: item.nameEn,
      descriptionDa: item.descriptionDa ?? null,
      parent: item.parent ? em.getReference(Topic, id('Topic', item.parent)) : null,
    }),
  );

  await load(Study, content.studies, (item) => {
    const study = em.create(Study, {
      slug: item.slug,
      title: item.title,
      abstract: item.abstract,
      design: item.design as StudyDesign,
      year: item.year,
      authors: item.authors,
      publisher: item.publisher,
      url: item.url ?? null,
      country: item.country ?? null,
      isExample: item.isExample,
      ...published(item.visibility, `${item.year}-01-01`),
    });
    study.topics.set(refs(Topic, 'Topic', item.topics));
    return study;
  });

  await load(Method, content.methods, (item, id) => {
    const method = em.create(Method, {
      slug: item.slug,
      name: item.name,
      originalName: item.originalName ?? null,
      summary: item.summary,
      description: item.description,
      origin: item.origin ?? null,
      website: item.website ?? null,
      targetGroups: item.targetGroups as TargetGroup[],
      ageMin: item.ageMin ?? null,
      ageMax: item.ageMax ?? null,
      ...published(item.visibility, '2026-01-15'),
    });
    method.topics.set(refs(Topic, 'Topic', item.topics));
    method.studies.set(refs(Study, 'Study', item.studies));
    const facts = item.ratings.map((rating) => {
      const dimensions =
        rating.scheme === 'VIDENSPORTAL' ? Object.assign(new VidensportalDimensions(), rating.dimensions) : null;
      const rated = rateEvidence({
        scheme: rating.scheme as EvidenceScheme,
        value: 'value' in rating ? rating.value : null,
        dimensions,
      });
      em.create(EvidenceRating, {
        method,
        scheme: rating.scheme as EvidenceScheme,
        value: rated.value,
        strength: rated.strength,
        dimensions,
        ratedOn: rating.ratedOn,
        source: rating.source,
        note: rating.note ?? null,
        url: rating.url ?? null,
        study: rating.study ? em.getReference(Study, id('Study', rating.study)) : null,
      });
      return { scheme: rating.scheme as EvidenceScheme, strength: rated.strength, ratedOn: rating.ratedOn };
    });
    applyStrength(method, facts);
    if (item.practice) seedPractice(em, method, item.practice, (slug) => id('Organisation', slug));
    return method;
  });

  await load(Case, content.cases, (item, id) => {
    const row = em.create(Case, {
      slug: item.slug,
      title: item.title,
      summary: item.summary,
      body: item.body,
      organisation: em.getReference(Organisation, id('Organisation', item.organisation)),
      // A case belongs to the organisation it comes from: its ORGANISATION visibility and drafts are scoped to it.
      owner: em.getReference(Organisation, id('Organisation', item.organisation)),
      year: item.year,
      targetGroups: item.targetGroups as TargetGroup[],
      ageMin: item.ageMin ?? null,
      ageMax: item.ageMax ?? null,
      isExample: item.isExample,
      ...published(item.visibility, `${item.year}-06-01`),
    });
    row.topics.set(refs(Topic, 'Topic', item.topics));
    row.methods.set(refs(Method, 'Method', item.methods));
    return row;
  });

  await load(Event, content.events, (item) => {
    const event = em.create(Event, {
      slug: item.slug,
      kind: item.kind as EventKind,
      title: item.title,
      theme: item.theme,
      description: item.description,
      startsAt: new Date(item.startsAt),
      endsAt: new Date(item.endsAt),
      venue: item.venue,
      city: item.city,
      isExample: item.isExample ?? false,
      ...published(item.visibility, '2026-06-01'),
    });
    event.topics.set(refs(Topic, 'Topic', item.topics));
    return event;
  });

  // The demo's videos ship in seeds/demo/media (scripts/make-demo-media.sh) and play from there, whatever the store.
  for (const file of new Set(content.talks.flatMap((talk) => (talk.videoFile ? [talk.videoFile] : [])))) {
    const key = `demo/${file}`;
    if (!(await em.findOne(MediaFile, { key })))
      em.create(MediaFile, { key, contentType: file.endsWith('.webm') ? 'video/webm' : 'video/mp4' });
  }

  await load(Talk, content.talks, (item, id) => {
    const talk = em.create(Talk, {
      slug: item.slug,
      event: em.getReference(Event, id('Event', item.event)),
      title: item.title,
      summary: item.summary,
      videoUrl: item.videoUrl ?? null,
      videoFile: item.videoFile ? em.getReference(MediaFile, `demo/${item.videoFile}`, { wrapped: true }) : null,
      durationSeconds: item.durationSeconds,
      startsAt: new Date(item.startsAt),
      isExample: item.isExample,
      speakers: item.speakers.map((s) => ({
        name: s.name,
        title: s.title,
        organisationId: s.organisation ? id('Organisation', s.organisation) : null,
      })),
      chapters: item.chapters,
      transcript: item.transcript,
      ...published(item.visibility, item.startsAt),
    });
    talk.topics.set(refs(Topic, 'Topic', item.topics));
    talk.methods.set(refs(Method, 'Method', item.methods));
    return talk;
  });

  await load(Workshop, content.workshops, (item, id) =>
    em.create(Workshop, {
      slug: item.slug,
      event: em.getReference(Event, id('Event', item.event)),
      talk: item.talk ? em.getReference(Talk, id('Talk', item.talk)) : null,
      title: item.title,
      description: item.description,
      facilitator: item.facilitator ?? null,
      room: item.room ?? null,
      startsAt: new Date(item.startsAt),
      durationMinutes: item.durationMinutes,
      capacity: item.capacity ?? null,
      isExample: item.isExample ?? false,
      ...published(item.visibility, item.startsAt),
    }),
  );

  await load(Report, content.reports, (item, id) => {
    const report = em.create(Report, {
      slug: item.slug,
      event: item.event ? em.getReference(Event, id('Event', item.event)) : null,
      title: item.title,
      summary: item.summary,
      body: item.body,
      publishedOn: item.publishedOn,
      url: item.url ?? null,
      isExample: item.isExample,
      ...published(item.visibility, item.publishedOn),
    });
    report.topics.set(refs(Topic, 'Topic', item.topics));
    report.cases.set(refs(Case, 'Case', item.cases));
    return report;
  });

  return { created };
}

function depth(content: DemoContent, slug: string): number {
  let level = 0;
  let current = content.topics.find((t) => t.slug === slug);
  while (current?.parent && level < 20) {
    const parent = current.parent;
    current = content.topics.find((t) => t.slug === parent);
    level++;
  }
  return level;
}
