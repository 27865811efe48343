import type { FilterQuery } from '@mikro-orm/core';
import { can, effectiveRole } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Workshop } from '../event/event.entity.js';
import { MemberRole } from '../member/member.entity.js';
import type { WorkshopOutput } from '../outcome/output.entity.js';
import type { ContentEntity } from './content.entity.js';
import { Visibility } from './enums.js';

/**
 * The one definition of what a viewer may read, for every read path (node, nodes, lists, nested connections,
 * counts, search). The public sees published PUBLIC content; members of organisations with an active membership
 * also see published MEMBERS content and everything their own organisation owns (its ORGANISATION content and
 * drafts); editors also see every draft outside other organisations' ORGANISATION content; platform admins see all.
 */
export function readableWhere<T extends ContentEntity>(viewer: Viewer): FilterQuery<T> {
  const role = effectiveRole(viewer);
  if (viewer.kind === 'anonymous' || role === null) {
    return { visibility: Visibility.PUBLIC, publishedAt: { $ne: null } } as FilterQuery<T>;
  }
  if (role === MemberRole.ADMIN) return {};
  const shared = [Visibility.PUBLIC, Visibility.MEMBERS];
  const own = { owner: viewer.organisationId };
  if (role === MemberRole.EDITOR) return { $or: [{ visibility: { $in: shared } }, own] } as FilterQuery<T>;
  return { $or: [{ visibility: { $in: shared }, publishedAt: { $ne: null } }, own] } as FilterQuery<T>;
}

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

export function canRead(viewer: Viewer, row: Pick<ContentEntity, 'visibility' | 'publishedAt' | 'owner'>): boolean {
  const role = effectiveRole(viewer);
  const published = row.publishedAt !== null;
  if (viewer.kind === 'anonymous' || role === null) return row.visibility === Visibility.PUBLIC && published;
  if (role === MemberRole.ADMIN) return true;
  if (row.owner?.id === viewer.organisationId) return true;
  const shared = row.visibility === Visibility.PUBLIC || row.visibility === Visibility.MEMBERS;
  return role === MemberRole.EDITOR ? shared : shared && published;
}

/**
 * The same rule as `canRead`, turned around: an SQL condition on a `member` row (alias `m`) for whether that member
 * may read a row with this visibility, publication and owner. For offering only those who can follow a discussion.
 */
export function membersWhoCanReadSql(
  row: { visibility: Visibility; published: boolean; ownerId: string | null },
  m: string,
): { sql: string; params: unknown[] } {
  const shared = row.visibility === Visibility.PUBLIC || row.visibility === Visibility.MEMBERS;
  return {
    sql: `and (${m}.role = ? or ${m}.organisation_id = ? or (?::boolean and (?::boolean or ${m}.role = ?)))`,
    params: [MemberRole.ADMIN, row.ownerId, shared, row.published, MemberRole.EDITOR],
  };
}

/**
 * The same rule as `readableWhere`, as a Meilisearch filter over the documents' `visibility`, `published` and
 * `organisationId` (the owner). Empty means "no restriction". Search applies it in Meilisearch and then loads the
 * hits through `readableWhere` again, so a stale index can never show a row the viewer may not read.
 */
export function readableSearchFilter(viewer: Viewer): string {
  const publicOnly = 'visibility = "PUBLIC" AND published = true';
  switch (viewer.kind) {
    case 'anonymous':
      return publicOnly;
    case 'member': {
      const role = effectiveRole(viewer);
      if (role === null) return publicOnly;
      if (role === MemberRole.ADMIN) return '';
      const own = `organisationId = ${JSON.stringify(viewer.organisationId)}`;
      if (role === MemberRole.EDITOR) return `visibility IN ["PUBLIC", "MEMBERS"] OR ${own}`;
      return `(visibility IN ["PUBLIC", "MEMBERS"] AND published = true) OR ${own}`;
    }
  }
}
