import type { FilterQuery } from '@mikro-orm/core';
import { effectiveRole } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { MemberRole } from '../member/member.entity.js';
import type { ContentEntity } from './content.entity.js';
import { Visibility } from './content.enums.js';

/** How a viewer reads: the public (also members whose organisation's membership lapsed), members, editors, admins. */
export type ReaderClass = 'public' | 'member' | 'editor' | 'admin';

/** One way to be allowed a row; a reader may read a row when any of its grants matches. An empty grant is "all". */
export interface Grant {
  /** The row's visibility is one of these. */
  visibility?: readonly Visibility[];
  /** The row is published. */
  published?: true;
  /** The row is owned by the reader's organisation. */
  own?: true;
}

const SHARED = [Visibility.PUBLIC, Visibility.MEMBERS] as const;

/** The read rule itself, as data: every form below is rendered from it. */
export const READ_RULE: Readonly<Record<ReaderClass, readonly Grant[]>> = {
  public: [{ visibility: [Visibility.PUBLIC], published: true }],
  member: [{ visibility: SHARED, published: true }, { own: true }],
  editor: [{ visibility: SHARED }, { own: true }],
  admin: [{}],
};

/** The reader class a member of this role has while their organisation's membership is active. */
export function roleReader(role: MemberRole): Exclude<ReaderClass, 'public'> {
  if (role === MemberRole.ADMIN) return 'admin';
  return role === MemberRole.EDITOR ? 'editor' : 'member';
}

export function readerOf(viewer: Viewer): { as: ReaderClass; organisationId: string | null } {
  const role = effectiveRole(viewer);
  if (viewer.kind === 'anonymous' || role === null) return { as: 'public', organisationId: null };
  return { as: roleReader(role), organisationId: viewer.organisationId };
}

type RowFacts = { visibility: Visibility; published: boolean; ownerId: string | null };

function grantMatches(grant: Grant, row: RowFacts, organisationId: string | null): boolean {
  if (grant.visibility && !grant.visibility.includes(row.visibility)) return false;
  if (grant.published && !row.published) return false;
  return !grant.own || (organisationId !== null && row.ownerId === organisationId);
}

/** The rule on a loaded row. */
export function canRead(viewer: Viewer, row: Pick<ContentEntity, 'visibility' | 'publishedAt' | 'owner'>): boolean {
  const reader = readerOf(viewer);
  const facts = { visibility: row.visibility, published: row.publishedAt !== null, ownerId: row.owner?.id ?? null };
  return READ_RULE[reader.as].some((grant) => grantMatches(grant, facts, reader.organisationId));
}

/** The rule as a MikroORM filter, for every list, count and node load. */
export function readableWhere<T extends ContentEntity>(viewer: Viewer): FilterQuery<T> {
  const reader = readerOf(viewer);
  const terms: Record<string, unknown>[] = [];
  for (const grant of READ_RULE[reader.as]) {
    const term: Record<string, unknown> = {};
    if (grant.visibility)
      term.visibility = grant.visibility.length === 1 ? grant.visibility[0] : { $in: [...grant.visibility] };
    if (grant.published) term.publishedAt = { $ne: null };
    if (grant.own) term.owner = reader.organisationId;
    if (Object.keys(term).length === 0) return {};
    terms.push(term);
  }
  return (terms.length === 1 ? terms[0] : { $or: terms }) as FilterQuery<T>;
}

/**
 * The rule as a Meilisearch filter over the documents' `visibility`, `published` and `organisationId` (the owner).
 * Empty means "no restriction". Search applies it in Meilisearch and then loads the hits through `readableWhere`
 * again, so a stale index can never show a row the viewer may not read.
 */
export function readableSearchFilter(viewer: Viewer): string {
  const reader = readerOf(viewer);
  const grants = READ_RULE[reader.as];
  const terms: string[] = [];
  for (const grant of grants) {
    const parts: string[] = [];
    if (grant.visibility)
      parts.push(
        grant.visibility.length === 1
          ? `visibility = ${JSON.stringify(grant.visibility[0])}`
          : `visibility IN [${grant.visibility.map((v) => JSON.stringify(v)).join(', ')}]`,
      );
    if (grant.published) parts.push('published = true');
    if (grant.own) parts.push(`organisationId = ${JSON.stringify(reader.organisationId)}`);
    if (parts.length === 0) return '';
    terms.push(grants.length > 1 && parts.length > 1 ? `(${parts.join(' AND ')})` : parts.join(' AND '));
  }
  return terms.join(' OR ');
}

/**
 * The rule turned around: an SQL condition on a `member` row (alias `m`) for whether that member may read a row
 * with this visibility, publication and owner, assuming their organisation's membership is active (callers filter
 * on that with `activeMembershipSql`). For offering only those who can follow a discussion.
 */
export function membersWhoCanReadSql(row: RowFacts, m: string): { sql: string; params: unknown[] } {
  const anyway: MemberRole[] = [];
  const ifOwn: MemberRole[] = [];
  for (const role of Object.values(MemberRole)) {
    const grants = READ_RULE[roleReader(role)];
    if (grants.some((grant) => !grant.own && grantMatches(grant, row, null))) anyway.push(role);
    else if (grants.some((grant) => grant.own && grantMatches(grant, row, row.ownerId))) ifOwn.push(role);
  }
  const roleIn = (roles: MemberRole[]) =>
    roles.length === 0 ? 'false' : `${m}.role in (${roles.map(() => '?').join(', ')})`;
  return {
    sql: `and (${roleIn(anyway)} or (${m}.organisation_id = ? and ${roleIn(ifOwn)}))`,
    params: [...anyway, row.ownerId, ...ifOwn],
  };
}
