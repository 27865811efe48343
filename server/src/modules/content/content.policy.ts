import type { FilterQuery } from '@mikro-orm/core';
import { can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Workshop } from '../event/event.entity.js';
import type { WorkshopOutput } from '../outcome/output.entity.js';
import type { ContentEntity } from './content.entity.js';
import { Visibility } from './content.enums.js';
import { readableWhere } from './read-rule.js';

/**
 * The one definition of what a viewer may read, for every read path (node, nodes, lists, nested connections,
 * counts, search). The public sees published PUBLIC content; members of organisations with an active membership
 * also see published MEMBERS content and everything their own organisation owns (its ORGANISATION content and
 * drafts); editors also see every draft outside other organisations' ORGANISATION content; platform admins see all.
 * It is written once, as data (`READ_RULE`); `readableWhere`, `canRead`, `membersWhoCanReadSql` and
 * `readableSearchFilter` render it for MikroORM, for a loaded row, for SQL over members and for Meilisearch
 * (read-rule-forms.test.ts checks that they agree row by row).
 */
export { readableWhere, canRead, membersWhoCanReadSql, readableSearchFilter } from './read-rule.js';

/**
 * Workshop outputs have no visibility of their own: they are for members (`output.read`) and follow their
 * workshop, so an output is readable exactly when the viewer may read outputs and the workshop.
 */
export function readableOutputWhere(viewer: Viewer): FilterQuery<WorkshopOutput> {
  if (!can(viewer, 'output.read')) return { id: null };
  return { workshop: readableWhere<Workshop>(viewer) };
}

/**
 * What a share link may open, checked each time it is opened (not only when it is made): published content for
 * members or the public, never an organisation's own content or a draft. Narrowing an item to ORGANISATION,
 * unpublishing or deleting it stops its links at once, and widening it back lets them work again.
 */
export function sharableWhere<T extends ContentEntity>(): FilterQuery<T> {
  return {
    visibility: { $in: [Visibility.PUBLIC, Visibility.MEMBERS] },
    publishedAt: { $ne: null },
  } as FilterQuery<T>;
}
