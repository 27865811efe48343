import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, MembershipStatus } from './organisation.entity.js';

/**
 * The one definition of "an active membership this year": a Membership row for the current calendar year (UTC)
 * whose status is ACTIVE. Member rights, mention candidates, notification readers and `isActiveMember` all ask
 * here, in whichever form they need (entity filter, id set, row predicate, SQL), so the rule changes in one place.
 */
export function membershipYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}

/** The rule as a MikroORM filter on Membership rows. */
export function activeMembershipWhere(now: Date = new Date()) {
  return { year: membershipYear(now), status: MembershipStatus.ACTIVE };
}

/** The rule on one loaded Membership row (or none). */
export function isActiveMembership(
  membership: Pick<Membership, 'year' | 'status'> | null | undefined,
  now: Date = new Date(),
): boolean {
  return membership?.year === membershipYear(now) && membership.status === MembershipStatus.ACTIVE;
}

/** Which of these organisations have an active membership: one statement, whatever the count. */
export async function activeOrganisationIds(
  em: EntityManager,
  organisationIds: readonly string[],
  now: Date = new Date(),
): Promise<Set<string>> {
  if (organisationIds.length === 0) return new Set();
  const rows = await em.find(
    Membership,
    { organisation: { $in: [...new Set(organisationIds)] }, ...activeMembershipWhere(now) },
    { fields: ['organisation'] },
  );
  return new Set(rows.map((membership) => membership.organisation.id));
}

/** Whether one organisation has an active membership. */
export async function hasActiveMembership(
  em: EntityManager,
  organisationId: string,
  now: Date = new Date(),
): Promise<boolean> {
  return (await em.count(Membership, { organisation: organisationId, ...activeMembershipWhere(now) })) > 0;
}

/**
 * The rule as an SQL condition on the organisation id column `column` (e.g. `m.organisation_id`), with its
 * positional parameters, for raw statements that filter people by their organisation's membership.
 */
export function activeMembershipSql(column: string, now: Date = new Date()): { sql: string; params: unknown[] } {
  const where = activeMembershipWhere(now);
  return {
    sql: `exists (select 1 from membership s where s.organisation_id = ${column} and s.year = ? and s.status = ?)`,
    params: [where.year, where.status],
  };
}
