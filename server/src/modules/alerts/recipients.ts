import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import { canRead } from '../content/content.policy.js';
import type { Visibility } from '../content/content.enums.js';
import type { MemberRole } from '../member/member.entity.js';

/** What the read rule needs of a content row. */
export interface ReadableFacts {
  visibility: Visibility;
  publishedAt: Date | null;
  ownerId: string | null;
}

interface MemberFacts {
  id: string;
  name: string;
  role: MemberRole;
  organisation_id: string;
  muted: string[];
  active: boolean;
}

/** Raw SQL in the flush's own transaction: a flush subscriber must not start another unit of work. */
export function sql<T>(em: EntityManager, query: string, params: unknown[]): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
}

/**
 * Of the given members, those still active who may read the row now and have not muted `kind`: the one read rule
 * (`canRead`) asked as each of them would be, in one statement for all of them.
 */
export async function readersAmong(
  em: EntityManager,
  memberIds: readonly string[],
  row: ReadableFacts,
  kind: string,
): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const members = await sql<MemberFacts>(
    em,
    `select m.id, m.name, m.role, m.organisation_id, m.muted_notifications as muted,
       exists (select 1 from membership s where s.organisation_id = m.organisation_id and s.year = ?
               and s.status = 'ACTIVE') as active
     from member m where m.id = any(?::uuid[]) and m.deactivated_at is null`,
    [new Date().getUTCFullYear(), `{${memberIds.join(',')}}`],
  );
  const target = {
    visibility: row.visibility,
    publishedAt: row.publishedAt,
    owner: row.ownerId ? { id: row.ownerId } : null,
  };
  return members
    .filter((m) => {
      const viewer: Viewer = {
        kind: 'member',
        memberId: m.id,
        name: m.name,
        organisationId: m.organisation_id,
        role: m.role,
        activeMembership: m.active,
        via: { kind: 'session', sessionId: '' },
      };
      return !m.muted.includes(kind) && canRead(viewer, target as never);
    })
    .map((m) => m.id);
}
