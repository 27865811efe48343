import { AppError } from '../../graphql/errors.js';
import { MemberRole } from '../member/member.entity.js';
import { TokenScope } from './auth.entities.js';
import type { MemberViewer, Viewer } from './viewer.js';

/**
 * Everything a viewer may do beyond reading, decided here and only here. Reading is decided by
 * content.policy.ts (readableWhere/canRead), which builds on `effectiveRole`.
 */
export type Action =
  | 'content.edit' // create, update, publish, unpublish and delete knowledge content
  | 'case.propose' // a member proposes a case from their own organisation (a draft)
  | 'case.editOwnDraft'
  | 'member.invite'
  | 'member.remove'
  | 'member.readEmail'
  | 'member.list'
  | 'member.mention' // find members by name to @mention them
  | 'account.self' // read the viewer's own data: notifications, profile, meetings
  | 'account.update' // change the viewer's own things: mark notifications read, cancel a registration
  | 'account.edit' // change their own name, title and notification settings
  | 'account.password' // change their own password (signed in with it, never through a token)
  | 'token.manage'
  | 'session.endAll' // sign out of every session
  | 'audit.read'
  | 'discussion.participate' // react, flag, follow
  | 'discussion.post' // start a thread or comment (subject.published: whether what it is about is published)
  | 'comment.editOwn'
  | 'comment.moderate'
  | 'event.register' // register for a meeting and cancel
  | 'registration.manage' // see registrants, export them, set seats
  | 'registration.read' // one registration (subject: its member and the organisation they registered from)
  | 'briefing.read' // a workshop's facilitator briefing (subject: its facilitator, whether the event ended)
  | 'output.read' // workshop outputs are for members
  | 'output.record' // record a workshop output for the viewer's organisation
  | 'output.feature'
  | 'share.create'
  | 'share.read' // a share link's details (subject: its maker), never its secret
  | 'share.revoke'
  | 'membership.applications' // read the applications for membership
  | 'membership.review' // approve or decline an application
  | 'membership.renew' // renew the organisation's membership for the coming year (subject: the organisation)
  | 'invoice.read' // an organisation's invoices and their files (subject: the organisation)
  | 'invoice.markPaid' // register or withdraw a payment
  | 'ledger.export'
  | 'gap.follow' // follow a knowledge gap to hear when results arrive
  | 'gap.claim' // mark a knowledge gap "we are studying this" for the viewer's (researchers') organisation
  | 'webhook.read' // list webhooks and their deliveries (subject: the owning member and organisation)
  | 'webhook.manage'; // create, delete and redeliver webhooks (subject: the owning member and organisation)

/** Subjects some actions are about: the organisation the action concerns, and the row's state. */
export interface Subject {
  organisationId?: string | null;
  memberId?: string;
  /** For member.invite and member.remove: the role the person is invited with, or has. */
  memberRole?: MemberRole;
  published?: boolean;
  /** For meeting material: whether the event has ended. */
  ended?: boolean;
  /** For gap.claim: whether the viewer's organisation does research (research institute, university college). */
  researcher?: boolean;
}

/** A role counts only while the organisation's membership is paid; platform admins always keep theirs. */
export function effectiveRole(viewer: Viewer): MemberRole | null {
  if (viewer.kind !== 'member') return null;
  if (viewer.role === MemberRole.ADMIN) return MemberRole.ADMIN;
  return viewer.activeMembership ? viewer.role : null;
}

function mayWrite(viewer: MemberViewer): boolean {
  return viewer.via.kind === 'session' || viewer.via.scopes.includes(TokenScope.WRITE);
}

export function can(viewer: Viewer, action: Action, subject: Subject = {}): boolean {
  if (viewer.kind !== 'member') return false;
  const role = effectiveRole(viewer);
  const sameOrg = subject.organisationId === viewer.organisationId;
  switch (action) {
    case 'token.manage':
      // Only a signed-in person manages tokens; a token cannot mint or revoke tokens.
      return viewer.via.kind === 'session';
    case 'account.password':
      // A leaked token must not be able to take the account over by changing its password.
      return viewer.via.kind === 'session';
    case 'session.endAll':
      // Likewise for sign-ins: an integration token (even READ-only) must not sign its person out everywhere.
      return viewer.via.kind === 'session';
    case 'member.readEmail':
      return (
        subject.memberId === viewer.memberId || role === MemberRole.ADMIN || (role === MemberRole.ORG_ADMIN && sameOrg)
      );
    case 'member.list':
    case 'member.mention':
      return role !== null;
    case 'account.self':
      return true;
    case 'audit.read':
      // Reading the trail is a read: an admin's READ-only integration token may do it too.
      return role === MemberRole.ADMIN;
    case 'registration.manage':
      return role === MemberRole.EDITOR || role === MemberRole.ADMIN;
    case 'output.read':
      return role !== null;
    case 'registration.read':
      return (
        subject.memberId === viewer.memberId ||
        role === MemberRole.EDITOR ||
        role === MemberRole.ADMIN ||
        (role === MemberRole.ORG_ADMIN && sameOrg)
      );
    case 'share.read':
      return role === MemberRole.EDITOR || role === MemberRole.ADMIN || subject.memberId === viewer.memberId;
    case 'membership.applications':
    case 'ledger.export':
      return role === MemberRole.ADMIN;
    case 'invoice.read':
      // The organisation's admin keeps seeing its invoices after a lapse: that is when they need them to pay.
      return role === MemberRole.ADMIN || (viewer.role === MemberRole.ORG_ADMIN && sameOrg);
    case 'webhook.read':
      return role !== null && (subject.memberId === viewer.memberId || (role === MemberRole.ORG_ADMIN && sameOrg));
    case 'briefing.read':
      return (
        role === MemberRole.EDITOR ||
        role === MemberRole.ADMIN ||
        (role !== null && (subject.ended === true || subject.memberId === viewer.memberId))
      );
  }
  if (!mayWrite(viewer)) return false;
  switch (action) {
    case 'content.edit':
      return role === MemberRole.EDITOR || role === MemberRole.ADMIN;
    case 'case.propose':
      return role !== null && sameOrg;
    case 'case.editOwnDraft':
      return role !== null && sameOrg && subject.published === false;
    case 'member.invite':
    case 'member.remove':
      // An org admin looks after their organisation's members and org admins; the forum's editors and admins are
      // the platform admins' to appoint and to remove, whichever organisation they sit in.
      return (
        role === MemberRole.ADMIN ||
        (role === MemberRole.ORG_ADMIN &&
          sameOrg &&
          subject.memberRole !== MemberRole.EDITOR &&
          subject.memberRole !== MemberRole.ADMIN)
      );
    case 'account.edit':
      return true; // their own account, whatever their membership: a write, so a READ token may not
    case 'discussion.participate':
      return role !== null;
    case 'discussion.post':
      // A draft is not open for discussion: the conversation starts when readers can see what it is about.
      return role !== null && subject.published !== false;
    case 'account.update':
      // Also after the organisation's membership lapses: one's own registrations and notifications stay one's own.
      return true;
    case 'comment.editOwn':
      return role !== null && subject.memberId === viewer.memberId;
    case 'comment.moderate':
    case 'output.feature':
      return role === MemberRole.EDITOR || role === MemberRole.ADMIN;
    case 'event.register':
    case 'output.record':
    case 'share.create':
      return role !== null;
    case 'share.revoke':
      return role === MemberRole.EDITOR || role === MemberRole.ADMIN || subject.memberId === viewer.memberId;
    case 'membership.review':
    case 'invoice.markPaid':
      return role === MemberRole.ADMIN;
    case 'membership.renew':
      // Not through effectiveRole: renewing is how a lapsed organisation's admin gets the rights back.
      return role === MemberRole.ADMIN || (viewer.role === MemberRole.ORG_ADMIN && sameOrg);
    case 'gap.follow':
      return role !== null;
    case 'gap.claim':
      return role !== null && subject.researcher === true;
    case 'webhook.manage':
      return role !== null && (subject.memberId === viewer.memberId || (role === MemberRole.ORG_ADMIN && sameOrg));
  }
}

const NEEDS: Record<Action, string> = {
  'content.edit': 'an editor of an organisation with an active membership',
  'case.propose': 'a member of this organisation with an active membership',
  'case.editOwnDraft': 'a member of the organisation that proposed this draft',
  'member.invite': 'an admin of this organisation (for editors and admins: a platform admin)',
  'member.remove': 'an admin of this organisation (for editors and admins: a platform admin)',
  'member.readEmail': 'the member themself or an admin of their organisation',
  'member.list': 'a member of an organisation with an active membership',
  'member.mention': 'a member of an organisation with an active membership',
  'account.self': 'a signed-in member',
  'account.update': 'a signed-in member',
  'account.edit': 'the signed-in member themself',
  'account.password': 'the member themself, signed in with their password (API tokens cannot change it)',
  'token.manage': 'signed in with a password (API tokens cannot manage tokens)',
  'session.endAll': 'signed in with a password (API tokens cannot end sessions)',
  'audit.read': 'a platform admin',
  'discussion.participate': 'a member of an organisation with an active membership',
  'discussion.post':
    'a member of an organisation with an active membership, once what the discussion is about is published,',
  'comment.editOwn': 'the comment’s author',
  'comment.moderate': 'an editor or admin',
  'event.register': 'a member of an organisation with an active membership',
  'registration.manage': 'an editor or admin',
  'registration.read': 'the registered member, an admin of their organisation or an editor',
  'briefing.read': 'the workshop’s facilitator or an editor (members see it once the event has ended)',
  'output.read': 'a member of an organisation with an active membership',
  'output.record': 'a member of an organisation with an active membership',
  'output.feature': 'an editor or admin',
  'share.create': 'a member of an organisation with an active membership',
  'share.read': 'the member who made the link, or an editor',
  'share.revoke': 'the member who made the link, or an editor',
  'membership.applications': 'a platform admin',
  'membership.review': 'a platform admin',
  'membership.renew': 'an admin of this organisation or a platform admin',
  'invoice.read': 'an admin of this organisation or a platform admin',
  'invoice.markPaid': 'a platform admin',
  'ledger.export': 'a platform admin',
  'gap.follow': 'a member of an organisation with an active membership',
  'gap.claim': 'a member of a research institute or university college with an active membership',
  'webhook.read': 'the member whose token owns the webhook, or an admin of their organisation',
  'webhook.manage': 'the member whose token owns the webhook, or an admin of their organisation',
};

/** Every action, in the order above (for tests and documentation). */
export const ACTIONS = Object.keys(NEEDS) as Action[];

const READ_ONLY = 'This API token may only read; create one with the WRITE scope to make changes.';

/** Throws UNAUTHENTICATED for anonymous viewers and FORBIDDEN (saying who may) for everyone else. */
export function authorize(viewer: Viewer, action: Action, subject: Subject = {}): asserts viewer is MemberViewer {
  if (viewer.kind !== 'member') throw new AppError('Sign in first.', 'UNAUTHENTICATED', { http: { status: 401 } });
  if (can(viewer, action, subject)) return;
  // Say it is the token's scope only when the same person, signed in, would be allowed.
  const scopeOnly = !mayWrite(viewer) && can({ ...viewer, via: { kind: 'session', sessionId: '' } }, action, subject);
  if (scopeOnly) throw new AppError(READ_ONLY, 'FORBIDDEN', { reason: 'TOKEN_SCOPE' });
  throw new AppError(`Only ${NEEDS[action]} may do this.`, 'FORBIDDEN');
}

/**
 * Every mutation, whatever it changes, first asks this: a token without the WRITE scope may only read. It runs
 * before the mutation's own checks (graphql/write-scope.ts), so a mutation that forgets its own check, or whose
 * action counts as a read, still cannot change anything with a READ token. Anonymous viewers and sessions pass
 * here; their mutation decides.
 */
export function authorizeWrite(viewer: Viewer): void {
  if (viewer.kind === 'member' && !mayWrite(viewer))
    throw new AppError(READ_ONLY, 'FORBIDDEN', { reason: 'TOKEN_SCOPE' });
}
