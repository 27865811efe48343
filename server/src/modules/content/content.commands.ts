import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { refreshMethodStrength } from '../evidence/evidence.commands.js';
import { Method } from '../method/method.entity.js';
import { contentTypes } from '../module.js';
import { Topic } from '../topic/topic.entity.js';
import type { ContentEntity } from './content.entity.js';
import { canRead } from './content.policy.js';
import { authorizeEdit, labelOf, loadContentForEdit } from './editing.js';

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
  const { type, id } = decodeGlobalId(props.id, [...contentTypes().keys(), 'Topic', 'EvidenceRating']);
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
