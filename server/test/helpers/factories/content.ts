import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../../../src/modules/case/case.entity.js';
import { TargetGroup, Visibility } from '../../../src/modules/content/content.enums.js';
import { Event, EventKind, Workshop } from '../../../src/modules/event/event.entity.js';
import { EvidenceRating } from '../../../src/modules/evidence/evidence-rating.entity.js';
import { EvidenceScheme } from '../../../src/modules/evidence/evidence.enums.js';
import { rateEvidence, refreshMethodStrength } from '../../../src/modules/evidence/evidence.commands.js';
import { Study, StudyDesign } from '../../../src/modules/evidence/study.entity.js';
import { MediaFile } from '../../../src/modules/media/media-file.entity.js';
import { Method } from '../../../src/modules/method/method.entity.js';
import type { Organisation } from '../../../src/modules/organisation/organisation.entity.js';
import { Report } from '../../../src/modules/report/report.entity.js';
import { Talk, type Chapter, type SpeakerData, type TranscriptSegment } from '../../../src/modules/talk/talk.entity.js';
import { Topic } from '../../../src/modules/topic/topic.entity.js';
import { AT, unique } from './unique.js';

/*
 * Builders for the knowledge base's content, so a test creates the rows it asserts on instead of picking them
 * from the demo content by position. Each takes only what the test cares about; the rest gets valid defaults and
 * a unique slug. Every builder flushes and returns the entity.
 */

export interface ContentProps {
  slug?: string;
  visibility?: Visibility;
  /** Published unless false (a draft). */
  published?: boolean;
  /** When it was published (a fixed date unless given). */
  publishedAt?: Date;
  owner?: Organisation | null;
  topics?: Topic[];
}

function contentFields(prefix: string, props: ContentProps) {
  return {
    slug: props.slug ?? unique(prefix),
    visibility: props.visibility ?? Visibility.PUBLIC,
    publishedAt: props.published === false ? null : (props.publishedAt ?? AT),
    owner: props.owner ?? null,
  };
}

async function flushed<T extends object>(em: EntityManager, row: T, topics?: Topic[]): Promise<T> {
  if (topics && 'topics' in row) for (const topic of topics) (row.topics as { add(item: Topic): void }).add(topic);
  await em.flush();
  return row;
}

export async function createTopic(
  em: EntityManager,
  props: { slug?: string; parent?: Topic; nameDa?: string; nameEn?: string } = {},
): Promise<Topic> {
  const slug = props.slug ?? unique('topic');
  const row = em.create(Topic, {
    slug,
    nameDa: props.nameDa ?? slug,
    nameEn: props.nameEn ?? slug,
    parent: props.parent ?? null,
  });
  return flushed(em, row);
}

export async function createMethod(
  em: EntityManager,
  props: ContentProps & { name?: string; summary?: string; description?: string } = {},
): Promise<Method> {
  const fields = contentFields('method', props);
  const row = em.create(Method, {
    ...fields,
    name: props.name ?? fields.slug,
    summary: props.summary ?? 's',
    description: props.description ?? 'd',
  });
  return flushed(em, row, props.topics);
}

export async function createCase(
  em: EntityManager,
  props: ContentProps & {
    organisation: Organisation;
    methods?: Method[];
    title?: string;
    year?: number;
    targetGroups?: TargetGroup[];
    ageMin?: number | null;
    ageMax?: number | null;
  },
): Promise<Case> {
  const fields = contentFields('case', { owner: props.organisation, ...props });
  const row = em.create(Case, {
    ...fields,
    title: props.title ?? fields.slug,
    summary: 's',
    body: 'b',
    year: props.year ?? 2025,
    organisation: props.organisation,
    targetGroups: props.targetGroups ?? [],
    ageMin: props.ageMin ?? null,
    ageMax: props.ageMax ?? null,
  });
  for (const method of props.methods ?? []) row.methods.add(method);
  return flushed(em, row, props.topics);
}

export async function createStudy(em: EntityManager, props: ContentProps & { title?: string } = {}): Promise<Study> {
  const fields = contentFields('study', props);
  const row = em.create(Study, {
    ...fields,
    title: props.title ?? fields.slug,
    abstract: 'a',
    design: StudyDesign.RCT,
    year: 2024,
    publisher: 'p',
  });
  return flushed(em, row, props.topics);
}

export async function createEvent(
  em: EntityManager,
  props: ContentProps & { title?: string; theme?: string; startsAt?: Date } = {},
): Promise<Event> {
  const fields = contentFields('event', props);
  const startsAt = props.startsAt ?? AT;
  const row = em.create(Event, {
    ...fields,
    kind: EventKind.FORUM_MEETING,
    title: props.title ?? fields.slug,
    theme: props.theme ?? 't',
    description: 'd',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    venue: 'v',
    city: 'c',
  });
  return flushed(em, row, props.topics);
}

export async function createWorkshop(
  em: EntityManager,
  props: ContentProps & { event: Event; title?: string },
): Promise<Workshop> {
  const fields = contentFields('workshop', props);
  const row = em.create(Workshop, {
    ...fields,
    event: props.event,
    title: props.title ?? fields.slug,
    description: 'd',
    startsAt: props.event.startsAt,
    durationMinutes: 60,
  });
  return flushed(em, row, props.topics);
}

export async function createTalk(
  em: EntityManager,
  props: ContentProps & {
    event: Event;
    title?: string;
    summary?: string;
    speakers?: SpeakerData[];
    chapters?: Chapter[];
    transcript?: TranscriptSegment[];
    /** With an uploaded video of its own (a media file row; no bytes are stored). */
    video?: boolean;
  },
): Promise<Talk> {
  const fields = contentFields('talk', props);
  const videoFile = props.video
    ? em.create(MediaFile, { key: `test/${fields.slug}.mp4`, contentType: 'video/mp4' })
    : null;
  const row = em.create(Talk, {
    ...fields,
    event: props.event,
    title: props.title ?? fields.slug,
    summary: props.summary ?? 's',
    durationSeconds: 600,
    startsAt: props.event.startsAt,
    speakers: props.speakers ?? [],
    chapters: props.chapters ?? [],
    transcript: props.transcript ?? [],
    videoFile,
  });
  return flushed(em, row, props.topics);
}

export async function createReport(
  em: EntityManager,
  props: ContentProps & { event?: Event; title?: string; publishedOn?: string } = {},
): Promise<Report> {
  const fields = contentFields('report', props);
  const row = em.create(Report, {
    ...fields,
    event: props.event ?? null,
    title: props.title ?? fields.slug,
    summary: 's',
    body: 'b',
    publishedOn: props.publishedOn ?? '2026-02-01',
  });
  return flushed(em, row, props.topics);
}

/**
 * A rating of a method (CEBC 2 unless told otherwise), visible exactly when the method is. Its strength comes from
 * the scheme's own scale and the method's verdict is recomputed, as when an editor rates it.
 */
export async function createEvidenceRating(
  em: EntityManager,
  props: { method: Method; scheme?: EvidenceScheme; value?: string; ratedOn?: string; study?: Study | null },
): Promise<EvidenceRating> {
  const scheme = props.scheme ?? EvidenceScheme.CEBC;
  const { value, strength } = rateEvidence({ scheme, value: props.value ?? '2' });
  const row = em.create(EvidenceRating, {
    method: props.method,
    scheme,
    value,
    strength,
    ratedOn: props.ratedOn ?? '2025-01-01',
    source: scheme,
    study: props.study ?? null,
  });
  await em.flush();
  await refreshMethodStrength(em, props.method.id);
  return row;
}
