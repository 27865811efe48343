import type { EntityManager } from '@mikro-orm/postgresql';
import { MembershipStatus } from './organisation.entity.js';

/**
 * "Active membership": the organisation has an ACTIVE membership for the current calendar year. Without it a
 * member reads as the public does. One definition, in SQL (`organisationColumn` names the organisation id of the
 * row being tested), so authentication can fold it into the statement that reads the credential.
 */
export function activeMembershipSql(organisationColumn: string, now = new Date()): { sql: string; params: unknown[] } {
  return {
    sql: `exists (select 1 from "membership" as "am" where "am"."organisation_id" = ${organisationColumn}
      and "am"."year" = ? and "am"."status" = ?)`,
    params: [now.getUTCFullYear(), MembershipStatus.ACTIVE],
  };
}

/** Whether the organisation has an active membership now (the rule above, for one organisation). */
export async function hasActiveMembership(em: EntityManager, organisationId: string, now = new Date()) {
  const rule = activeMembershipSql('?', now);
  const [row] = await em
    .getConnection()
    .execute<{ active: boolean }[]>(`select ${rule.sql} as active`, [organisationId, ...rule.params]);
  return row?.active === true;
}
