import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import type { Viewer } from '../auth/viewer.js';
import type { ContentEntity } from '../content/content.entity.js';
import { Visibility } from '../content/content.enums.js';
import { canRead, readableOutputWhere } from '../content/content.policy.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { contentTypes } from '../module.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { WorkshopOutput } from '../outcome/output.entity.js';
import { Topic } from '../topic/topic.entity.js';

/** The types a thread may be about: every content type, and ratings, workshop outputs and topics. */
export function discussable(): string[] {
  return [...contentTypes().keys(), 'EvidenceRating', 'WorkshopOutput', 'Topic'];
}

/** What a thread inherits from its subject: who may read it follows the subject, but is never wider than MEMBERS. */
export interface SubjectAccess {
  type: string;
  id: string;
  label: string;
  visibility: Visibility;
  publishedAt: Date | null;
  owner: Organisation | null;
}

function narrowed(
  row: Pick<ContentEntity, 'visibility' | 'publishedAt' | 'owner'>,
): Pick<SubjectAccess, 'visibility' | 'publishedAt' | 'owner'> {
  return {
    visibility: row.visibility === Visibility.PUBLIC ? Visibility.MEMBERS : row.visibility,
    publishedAt: row.publishedAt,
    owner: row.owner?.getEntity() ?? null,
  };
}

/** Loads the node a thread is about, if the viewer may read it; NOT_FOUND otherwise. */
export async function loadSubject(em: EntityManager, viewer: Viewer, globalId: string): Promise<SubjectAccess> {
  const { type, id } = decodeGlobalId(globalId, discussable(), 'about');
  const notFound = () => UserInputProblem.of('input.about', `No ${type} with this ID.`, 'NOT_FOUND');
  if (type === 'Topic') {
    const topic = await em.findOne(Topic, id);
    if (!topic) throw notFound();
    return { type, id, label: topic.nameDa, visibility: Visibility.MEMBERS, publishedAt: topic.createdAt, owner: null };
  }
  if (type === 'EvidenceRating') {
    const rating = await em.findOne(EvidenceRating, id, { populate: ['method', 'method.owner'] });
    const method = rating?.method.getEntity();
    if (!rating || !method || !canRead(viewer, method)) throw notFound();
    return { type, id, label: `${method.name}: ${rating.scheme} ${rating.value}`, ...narrowed(method) };
  }
  if (type === 'WorkshopOutput') {
    // An output is read as its workshop is (for members only), so its threads mirror the workshop.
    const output = await em.findOne(
      WorkshopOutput,
      { $and: [{ id }, readableOutputWhere(viewer)] },
      { populate: ['workshop', 'workshop.owner'] },
    );
    const workshop = output?.workshop.getEntity();
    if (!output || !workshop) throw notFound();
    return { type, id, label: outputLabel(output.insight), ...narrowed(workshop) };
  }
  const row = await em.findOne<ContentEntity>(contentTypes().get(type)!, { id }, { populate: ['owner'] as never });
  if (!row || !canRead(viewer, row)) throw notFound();
  const { title, name } = row as unknown as { title?: string; name?: string };
  return { type, id, label: title ?? name ?? row.slug, ...narrowed(row) };
}

/** An output has no title: its insight's first line, shortened, names it. */
export function outputLabel(insight: string): string {
  const line = insight.trim().split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
