import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../../src/modules/case/case.entity.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Event, EventKind, Workshop } from '../../src/modules/event/event.entity.js';
import { EvidenceRating } from '../../src/modules/evidence/evidence-rating.entity.js';
import { EvidenceScheme, EvidenceStrength } from '../../src/modules/evidence/evidence.enums.js';
import { Study, StudyDesign } from '../../src/modules/evidence/study.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { Report } from '../../src/modules/report/report.entity.js';
import { Talk } from '../../src/modules/talk/talk.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { hashPassword } from '../../src/modules/auth/secrets.js';
import { Member, MemberRole } from '../../src/modules/member/member.entity.js';
import {
  Membership,
  MembershipStatus,
  Organisation,
  OrganisationKind,
} from '../../src/modules/organisation/organisation.entity.js';

export const PASSWORD = 'korrekt-hest-batteri-hæfteklamme';
let passwordHash: Promise<string> | undefined;

/** An organisation with a membership for the current year (ACTIVE unless told otherwise). */
export async function createOrganisation(
  em: EntityManager,
  props: { slug: string; status?: MembershipStatus; kind?: OrganisationKind },
): Promise<Organisation> {
  const organisation = em.create(Organisation, {
    slug: props.slug,
    name: `Test ${props.slug}`,
    kind: props.kind ?? OrganisationKind.MUNICIPALITY,
  });
  em.create(Membership, {
    organisation,
    year: new Date().getUTCFullYear(),
    feeDkk: 5000,
    status: props.status ?? MembershipStatus.ACTIVE,
  });
  await em.flush();
  return organisation;
}

/** A member who can sign in with PASSWORD. */
export async function createMember(
  em: EntityManager,
  props: { organisation: Organisation; role?: MemberRole; email?: string; name?: string },
): Promise<Member> {
  passwordHash ??= hashPassword(PASSWORD);
  const role = props.role ?? MemberRole.MEMBER;
  const member = em.create(Member, {
    organisation: props.organisation,
    name: props.name ?? `${role.toLowerCase()} of ${props.organisation.slug}`,
    email: props.email ?? `${role.toLowerCase()}@${props.organisation.slug}.example`,
    role,
    passwordHash: await passwordHash,
  });
  await em.flush();
  return member;
}

/*
 * Builders for the knowledge base's content, so a test creates the rows it asserts on instead of picking them
 * from the demo content by position. Each takes only what the test cares about; the rest gets valid defaults and
 * a unique slug. Every builder flushes, like the ones above.
 */
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${(++sequence).toString(36)}-${randomBytes(3).toString('hex')}`;
const AT = new Date('2026-03-01T10:00:00Z');

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

export async function createTopic(em: EntityManager, props: { slug?: string; parent?: Topic } = {}): Promise<Topic> {
  const slug = props.slug ?? unique('topic');
  return flushed(em, em.create(Topic, { slug, nameDa: slug, nameEn: slug, parent: props.parent ?? null }));
}

export async function createMethod(em: EntityManager, props: ContentProps & { name?: string } = {}): Promise<Method> {
  const fields = contentFields('method', props);
  const row = em.create(Method, { ...fields, name: props.name ?? fields.slug, summary: 's', description: 'd' });
  return flushed(em, row, props.topics);
}

export async function createCase(
  em: EntityManager,
  props: ContentProps & { organisation: Organisation; methods?: Method[]; title?: string },
): Promise<Case> {
  const fields = contentFields('case', { owner: props.organisation, ...props });
  const row = em.create(Case, {
    ...fields,
    title: props.title ?? fields.slug,
    summary: 's',
    body: 'b',
    year: 2025,
    organisation: props.organisation,
  });
  for (const method of props.methods ?? []) row.methods.add(method);
  return flushed(em, row, props.topics);
}

export async function createStudy(em: EntityManager, props: ContentProps = {}): Promise<Study> {
  const fields = contentFields('study', props);
  const row = em.create(Study, {
    ...fields,
    title: fields.slug,
    abstract: 'a',
    design: StudyDesign.RCT,
    year: 2024,
    publisher: 'p',
  });
  return flushed(em, row, props.topics);
}

export async function createEvent(em: EntityManager, props: ContentProps = {}): Promise<Event> {
  const fields = contentFields('event', props);
  const row = em.create(Event, {
    ...fields,
    kind: EventKind.FORUM_MEETING,
    title: fields.slug,
    theme: 't',
    description: 'd',
    startsAt: AT,
    endsAt: new Date(AT.getTime() + 3_600_000),
    venue: 'v',
    city: 'c',
  });
  return flushed(em, row, props.topics);
}

export async function createWorkshop(em: EntityManager, props: ContentProps & { event: Event }): Promise<Workshop> {
  const fields = contentFields('workshop', props);
  const row = em.create(Workshop, {
    ...fields,
    event: props.event,
    title: fields.slug,
    description: 'd',
    startsAt: AT,
    durationMinutes: 60,
  });
  return flushed(em, row, props.topics);
}

export async function createTalk(em: EntityManager, props: ContentProps & { event: Event }): Promise<Talk> {
  const fields = contentFields('talk', props);
  const row = em.create(Talk, {
    ...fields,
    event: props.event,
    title: fields.slug,
    summary: 's',
    durationSeconds: 600,
    startsAt: AT,
  });
  return flushed(em, row, props.topics);
}

export async function createReport(em: EntityManager, props: ContentProps = {}): Promise<Report> {
  const fields = contentFields('report', props);
  const row = em.create(Report, { ...fields, title: fields.slug, summary: 's', body: 'b', publishedOn: '2026-02-01' });
  return flushed(em, row, props.topics);
}

/** A CEBC rating of a method (visible exactly when the method is). */
export async function createEvidenceRating(em: EntityManager, props: { method: Method }): Promise<EvidenceRating> {
  const row = em.create(EvidenceRating, {
    method: props.method,
    scheme: EvidenceScheme.CEBC,
    value: '2',
    strength: EvidenceStrength.MODERATE,
    ratedOn: '2025-01-01',
    source: 'CEBC',
  });
  return flushed(em, row);
}
