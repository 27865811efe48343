import { raw, type EntityClass, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { ANONYMOUS } from '../auth/viewer.js';
import { Case } from '../case/case.entity.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, Workshop } from '../event/event.entity.js';
import { Study } from '../evidence/study.entity.js';
import { Method } from '../method/method.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { Topic } from '../topic/topic.entity.js';

/** A kind of page with a subject in the database: where its pages live and who may see them. */
export interface PublicKind {
  /** The first path segment of its pages, and its name in sitemap and feed addresses. */
  segment: string;
  entity: EntityClass<object>;
  /** The public read rule (content), or everything (topics and organisations are public by nature). */
  where: FilterQuery<object>;
  /** The field with its title, and with its summary (for feeds). */
  title: string;
  summary: string | null;
  /** Danish name of one, for feed categories. */
  label: string;
}

const publicContent = readableWhere(ANONYMOUS) as FilterQuery<object>;

/** New knowledge: what the knowledge feeds carry. */
export const KNOWLEDGE: PublicKind[] = [
  { segment: 'methods', entity: Method, where: publicContent, title: 'name', summary: 'summary', label: 'Metode' },
  {
    segment: 'cases',
    entity: Case,
    where: publicContent,
    title: 'title',
    summary: 'summary',
    label: 'Praksiseksempel',
  },
  {
    segment: 'studies',
    entity: Study,
    where: publicContent,
    title: 'title',
    summary: 'abstract',
    label: 'Undersøgelse',
  },
  { segment: 'reports', entity: Report, where: publicContent, title: 'title', summary: 'summary', label: 'Rapport' },
  { segment: 'talks', entity: Talk, where: publicContent, title: 'title', summary: 'summary', label: 'Oplæg' },
];

/** Every kind of public page, for the sitemap. */
export const PUBLIC_KINDS: PublicKind[] = [
  ...KNOWLEDGE,
  { segment: 'events', entity: Event, where: publicContent, title: 'title', summary: 'theme', label: 'Møde' },
  { segment: 'workshops', entity: Workshop, where: publicContent, title: 'title', summary: null, label: 'Workshop' },
  { segment: 'topics', entity: Topic, where: {}, title: 'nameDa', summary: 'descriptionDa', label: 'Emne' },
  { segment: 'organisations', entity: Organisation, where: {}, title: 'name', summary: null, label: 'Organisation' },
];

export function kindBySegment(segment: string): PublicKind | undefined {
  return PUBLIC_KINDS.find((kind) => kind.segment === segment);
}

/** How many public rows a kind has, and when the last of them changed. */
export async function kindSummary(
  em: EntityManager,
  kind: PublicKind,
): Promise<{ count: number; lastmod: Date | null }> {
  const row = await em
    .createQueryBuilder(kind.entity, 'k')
    .select([raw('count(*) as count'), raw('max(k.updated_at) as lastmod')])
    .where(kind.where)
    .execute<{ count: string; lastmod: Date | string | null }>('get', false);
  return { count: Number(row.count), lastmod: row.lastmod ? new Date(row.lastmod) : null };
}

/** One page of a kind's public rows, oldest first (new rows go to the last page), as slug and last change. */
export async function kindPage(
  em: EntityManager,
  kind: PublicKind,
  page: number,
  size: number,
): Promise<{ slug: string; updatedAt: Date }[]> {
  return (await em.find(kind.entity, kind.where, {
    fields: ['slug', 'updatedAt'] as never,
    orderBy: { createdAt: 'asc', id: 'asc' } as never,
    limit: size,
    offset: page * size,
  })) as unknown as { slug: string; updatedAt: Date }[];
}
