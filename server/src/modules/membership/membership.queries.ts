import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { hasActiveMembership } from '../organisation/active-membership.js';
import { Membership, Organisation } from '../organisation/organisation.entity.js';
import type { MembershipYearStanding } from './membership.types.js';
import { renewalOpensAt, renewalYear } from './renewal.commands.js';
import type { MembershipSettings } from './settings.js';

/** The viewer's organisation's membership: this year, the coming one, and whether they may renew now. */
export async function membershipYearStanding(props: {
  em: EntityManager;
  viewer: Viewer;
  settings: MembershipSettings;
  now?: Date;
}): Promise<MembershipYearStanding | null> {
  const { em, viewer, settings } = props;
  if (viewer.kind !== 'member') return null;
  const now = props.now ?? new Date();
  const year = now.getUTCFullYear();
  const organisation = await em.findOneOrFail(Organisation, viewer.organisationId);
  const memberships = await em.find(Membership, { organisation, year: { $in: [year, year + 1] } });
  const target = renewalYear(now, settings);
  const organisationId = organisation.id;
  return {
    organisation,
    inForce: await hasActiveMembership(em, organisation.id, now),
    current: memberships.find((m) => m.year === year) ?? null,
    next: memberships.find((m) => m.year === year + 1) ?? null,
    renewalYear: target,
    renewalOpensAt: renewalOpensAt(year, settings),
    canRenew: can(viewer, 'membership.renew', { organisationId }) && !memberships.some((m) => m.year === target),
  };
}
