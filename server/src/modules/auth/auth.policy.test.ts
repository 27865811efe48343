import { describe, expect, it } from 'vitest';
import { MemberRole } from '../member/member.entity.js';
import { TokenScope } from './auth.entities.js';
import { ACTIONS, authorize, can, effectiveRole } from './auth.policy.js';
import { ANONYMOUS, type MemberViewer } from './viewer.js';

/** Unit tests of the policy's own logic; authorization-matrix.test.ts checks it through the API. */
function member(role: MemberRole, overrides: Partial<MemberViewer> = {}): MemberViewer {
  return {
    kind: 'member',
    memberId: 'm1',
    name: 'Mette',
    organisationId: 'o1',
    role,
    activeMembership: true,
    via: { kind: 'session', sessionId: 's1' },
    ...overrides,
  };
}
const token = (scopes: TokenScope[]) => ({ via: { kind: 'token' as const, tokenId: 't1', scopes } });
const ROLES = Object.values(MemberRole);
const SUBJECTS = [
  {},
  { organisationId: 'o1', memberId: 'm1', published: true, ended: true, researcher: true },
  { organisationId: 'o2', memberId: 'm2', published: false, memberRole: MemberRole.EDITOR },
];

describe('auth.policy', () => {
  it('lets anonymous viewers do nothing, and says to sign in', () => {
    for (const action of ACTIONS) expect(can(ANONYMOUS, action), action).toBe(false);
    expect(() => authorize(ANONYMOUS, 'member.list')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });

  it('never gives a token more than its person has signed in, and a READ token no writes', () => {
    for (const role of ROLES)
      for (const action of ACTIONS)
        for (const subject of SUBJECTS) {
          const session = can(member(role), action, subject);
          const write = can(member(role, token([TokenScope.READ, TokenScope.WRITE])), action, subject);
          const read = can(member(role, token([TokenScope.READ])), action, subject);
          expect(!write || session, `${role} ${action} WRITE token`).toBe(true);
          expect(!read || write, `${role} ${action} READ token`).toBe(true);
        }
  });

  it('keeps tokens away from tokens, passwords and sign-ins, whatever their scope', () => {
    const viewer = member(MemberRole.ADMIN, token([TokenScope.READ, TokenScope.WRITE]));
    for (const action of ['token.manage', 'account.password', 'session.endAll'] as const)
      expect(can(viewer, action), action).toBe(false);
  });

  it('tells a READ token it lacks the scope only when the person could do it signed in', () => {
    const editor = member(MemberRole.EDITOR, token([TokenScope.READ]));
    expect(() => authorize(editor, 'content.edit')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' }) }),
    );
    const plain = member(MemberRole.MEMBER, token([TokenScope.READ]));
    expect(() => authorize(plain, 'content.edit')).toThrow(/Only an editor/);
  });

  it('counts a role only while the membership is paid, except a platform admin’s', () => {
    expect(effectiveRole(member(MemberRole.EDITOR, { activeMembership: false }))).toBeNull();
    expect(effectiveRole(member(MemberRole.ADMIN, { activeMembership: false }))).toBe(MemberRole.ADMIN);
    const lapsedAdmin = member(MemberRole.ORG_ADMIN, { activeMembership: false });
    expect(can(lapsedAdmin, 'member.invite', { organisationId: 'o1' })).toBe(false);
    // Renewing and reading invoices is how a lapsed organisation gets its rights back.
    expect(can(lapsedAdmin, 'membership.renew', { organisationId: 'o1' })).toBe(true);
    expect(can(lapsedAdmin, 'invoice.read', { organisationId: 'o1' })).toBe(true);
    expect(can(lapsedAdmin, 'invoice.read', { organisationId: 'o2' })).toBe(false);
  });

  it('lets an organisation admin appoint members but leaves editors and admins to platform admins', () => {
    const orgAdmin = member(MemberRole.ORG_ADMIN);
    expect(can(orgAdmin, 'member.invite', { organisationId: 'o1', memberRole: MemberRole.MEMBER })).toBe(true);
    expect(can(orgAdmin, 'member.invite', { organisationId: 'o1', memberRole: MemberRole.EDITOR })).toBe(false);
    expect(can(orgAdmin, 'member.invite', { organisationId: 'o2', memberRole: MemberRole.MEMBER })).toBe(false);
    expect(can(member(MemberRole.ADMIN), 'member.invite', { organisationId: 'o2', memberRole: MemberRole.ADMIN })).toBe(
      true,
    );
  });

  it('opens a discussion only once what it is about is published', () => {
    expect(can(member(MemberRole.MEMBER), 'discussion.post', { published: false })).toBe(false);
    expect(can(member(MemberRole.MEMBER), 'discussion.post', { published: true })).toBe(true);
  });
});
