import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputProblem } from '../../graphql/payload.js';
import { authorize, can } from '../auth/auth.policy.js';
import type { MemberViewer, Viewer } from '../auth/viewer.js';
import { Member, MemberRole } from './member.entity.js';

/**
 * The member a removal (removeMember, deleteMember) is about. Whether the viewer may remove anyone at all is
 * checked first, before any lookup; then an unknown ID and a member the viewer may not remove get the same
 * answer, so the mutation cannot be used to probe which IDs exist or who holds which role.
 */
export async function loadRemovableMember(
  em: EntityManager,
  viewer: Viewer,
  memberId: string,
): Promise<{ viewer: MemberViewer; member: Member }> {
  authorize(viewer, 'member.remove', {
    organisationId: viewer.kind === 'member' ? viewer.organisationId : null,
    memberRole: MemberRole.MEMBER,
  });
  const member = await em.findOne(Member, memberId);
  if (!member || !can(viewer, 'member.remove', { organisationId: member.organisation.id, memberRole: member.role }))
    throw UserInputProblem.of('id', 'There is no member with this ID you may remove.', 'NOT_FOUND');
  return { viewer, member };
}
