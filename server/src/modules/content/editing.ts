import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize, can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Case } from '../case/case.entity.js';
import { Event, Workshop } from '../event/event.entity.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { refreshMethodStrength } from '../evidence/evidence.service.js';
import { Study } from '../evidence/study.entity.js';
import { Method } from '../method/method.entity.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { Topic } from '../topic/topic.entity.js';
import type { ContentEntity } from './content.entity.js';
import { canRead } from './content.policy.js';

export const CONTENT_TYPES = { Case, Method, Study, Event, Workshop, Talk, Report } as const;
type ContentType = keyof typeof CONTENT_TYPES;

export function labelOf(row: object): string {
  const r = row as { title?: string; name?: string; nameDa?: string; slug?: string; scheme?: string; value?: string };
  return r.title ?? r.name ?? r.nameDa ?? (r.scheme ? `${r.scheme} ${r.value ?? ''}` : (r.slug ?? ''));
}

/** Loads content for editing: unknown or unreadable rows are NOT_FOUND (never revealing what exists). */
export async function loadContentForEdit(
  em: EntityManager,
  viewer: Viewer,
  globalId: string,
): Promise<{ type: ContentType; row: ContentEntity }> {
  const { type, id } = decodeGlobalId(globalId, Object.keys(CONTENT_TYPES));
  const entity: EntityName<ContentEntity> = CONTENT_TYPES[type as ContentType];
  const row = await em.findOne<ContentEntity>(entity, { id });
  if (!row || !canRead(viewer, row)) throw UserInputProblem.of('id', `No ${type} with this ID.`, 'NOT_FOUND');
  return { type: type as ContentType, row };
}

/** Editors edit everything; a member may edit their own organisation's unpublished case proposal. */
export function authorizeEdit(viewer: Viewer, type: string, row: ContentEntity): void {
  if (
    type === 'Case' &&
    can(viewer, 'case.editOwnDraft', { organisationId: row.owner?.id, published: row.publishedAt !== null })
  )
    return;
  authorize(viewer, 'content.edit');
}

/** Publishes (or unpublishes) a piece of content; only editors decide what the forum publishes. */
export async function setPublished(props: {
  em: EntityManager;
  viewer: Viewer;
  id: string;
  published: boolean;
}): Promise<ContentEntity> {
  const { em, viewer } = props;
  authorize(viewer, 'content.edit');
  const { type, row } = await loadContentForEdit(em, viewer, props.id);
  if (props.published && row.publishedAt === null) row.publishedAt = new Date();
  if (!props.published) row.publishedAt = null;
  recordAudit(em, {
    viewer,
    action: `${type.toLowerCase()}.${props.published ? 'publish' : 'unpublish'}`,
    subjectType: type,
    subjectId: row.nodeId,
    subjectLabel: labelOf(row),
  });
  await em.flush();
  return row;
}

/** Deletes content, a topic or an evidence rating (a rating's method gets its strength recomputed). */
export async function deleteNode(props: { em: EntityManager; viewer: Viewer; id: string }): Promise<string> {
  const { em, viewer } = props;
  const { type, id } = decodeGlobalId(props.id, [...Object.keys(CONTENT_TYPES), 'Topic', 'EvidenceRating']);
  return em.transactional(async (tx) => {
    let label: string;
    if (type === 'Topic' || type === 'EvidenceRating') {
      authorize(viewer, 'content.edit');
      const row = type === 'Topic' ? await tx.findOne(Topic, id) : await tx.findOne(EvidenceRating, id);
      // A rating exists for a viewer exactly when its method does (as on every read path).
      const hidden = row instanceof EvidenceRating && !canRead(viewer, await tx.findOneOrFail(Method, row.method.id));
      if (!row || hidden) throw UserInputProblem.of('id', `No ${type} with this ID.`, 'NOT_FOUND');
      label = labelOf(row);
      tx.remove(row);
      if (row instanceof EvidenceRating) {
        await tx.flush();
        await refreshMethodStrength(tx, row.method.id);
      }
    } else {
      const { row } = await loadContentForEdit(tx, viewer, props.id);
      authorizeEdit(viewer, type, row);
      label = labelOf(row);
      tx.remove(row);
    }
    recordAudit(tx, {
      viewer,
      action: `${type.toLowerCase()}.delete`,
      subjectType: type,
      subjectId: props.id,
      subjectLabel: label,
    });
    return props.id;
  });
}
