import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Membership, MembershipStatus } from './organisation.entity.js';

/**
 * The one definition of "an organisation with an active membership", which member rights depend on: a membership
 * for the current calendar year (UTC) that is ACTIVE and has not run past its payment deadline. An unpaid year
 * carries `lapsesAt` (invoice due date + MEMBERSHIP_GRACE_DAYS); paying clears it. Because the deadline is part of
 * the rule, access ends the moment it passes: no job has to run first. (The renewal sweep later also marks such
 * rows LAPSED, for what people see.) Every check, in whichever form a caller needs (entity filter, id set, row
 * predicate, SQL), comes from this file, so the rule changes in one place.
 */
export function membershipYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}

/** The rule as a MikroORM filter on Membership rows. */
export function activeMembershipWhere(now: Date = new Date()): FilterQuery<Membership> {
  return {
    year: membershipYear(now),
    status: MembershipStatus.ACTIVE,
    $or: [{ lapsesAt: null }, { lapsesAt: { $gt: now } }],
  };
}

/** The rule on one loaded Membership row (or none). */
export function isActiveMembership(
  membership: Pick<Membership, 'year' | 'status' | 'lapsesAt'> | null | undefined,
  now: Date = new Date(),
): boolean {
  if (!membership || membership.year !== membershipYear(now) || membership.status !== MembershipStatus.ACTIVE)
    return false;
  return membership.lapsesAt === null || membership.lapsesAt === undefined || membership.lapsesAt > now;
}

/**
 * The rule as a SQL condition on a `membership` row aliased `alias`, for hand-written statements.
 * `alias` is an identifier chosen by the caller's code, never user input.
 */
export function activeMembershipRowSql(alias: string, now: Date = new Date()): { sql: string; params: unknown[] } {
  return {
    sql: `${alias}.year = ? and ${alias}.status = ? and (${alias}.lapses_at is null or ${alias}.lapses_at > ?)`,
    params: [membershipYear(now), MembershipStatus.ACTIVE, now],
  };
}

/**
 * The rule as a SQL condition on the organisation id column `column` (e.g. `m.organisation_id`), with its
 * positional parameters, for raw statements that filter people by their organisation's membership.
 */
export function activeMembershipSql(column: string, now: Date = new Date()): { sql: string; params: unknown[] } {
  const row = activeMembershipRowSql('am', now);
  return {
    sql: `exists (select 1 from membership am where am.organisation_id = ${column} and ${row.sql})`,
    params: row.params,
  };
}

/** Which of these organisations have an active membership now: one statement for any number of them. */
export async function activeOrganisationIds(
  em: EntityManager,
  organisationIds: readonly string[],
  now: Date = new Date(),
): Promise<Set<string>> {
  if (organisationIds.length === 0) return new Set();
  const rows = await em.find(
    Membership,
    { $and: [{ organisation: { $in: [...new Set(organisationIds)] } }, activeMembershipWhere(now)] },
    { fields: ['organisation'] },
  );
  return new Set(rows.map((row) => row.organisation.id));
}

/** Whether the organisation has an active membership now. */
export async function hasActiveMembership(
  em: EntityManager,
  organisationId: string,
  now: Date = new Date(),
): Promise<boolean> {
  return (await activeOrganisationIds(em, [organisationId], now)).has(organisationId);
}
