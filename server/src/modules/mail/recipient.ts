import type { EntityManager } from '@mikro-orm/postgresql';
import { hasActiveMembership } from '../organisation/active-membership.js';
import type { MemberViewer } from '../auth/viewer.js';
import type { Member } from '../member/member.entity.js';

/**
 * The viewer a member is when they read what an email shows them, so an email goes through the same read rule as
 * the page it links to, with the member's rights at the time it is sent.
 */
export async function viewerOfMember(em: EntityManager, member: Member): Promise<MemberViewer> {
  return {
    kind: 'member',
    memberId: member.id,
    name: member.name,
    organisationId: member.organisation.id,
    role: member.role,
    activeMembership: await hasActiveMembership(em, member.organisation.id),
    // Not a real session: the policy treats it as the member reading in a browser (never a token's narrower scope).
    via: { kind: 'session', sessionId: '' },
  };
}
