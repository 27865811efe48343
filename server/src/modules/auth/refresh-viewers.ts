import type { EntityManager } from '@mikro-orm/postgresql';
import type { Member } from '../member/member.entity.js';
import { activeOrganisations } from '../organisation/active-membership.js';
import { ApiToken, Session } from './auth.entities.js';
import type { MemberViewer, Viewer } from './viewer.js';

/**
 * Re-reads many viewers at once, as `authenticate` would resolve them now: the same session or token, its member's
 * current role and organisation, and whether that organisation's membership is active this year. A viewer whose
 * session ended (sign-out, expiry), whose token was revoked or expired, or whose member was removed or deactivated
 * comes back as null. Anonymous viewers stay anonymous. At most three statements, whatever the number of viewers:
 * long-lived subscriptions call this on every event and periodically.
 */
export async function refreshViewers(em: EntityManager, viewers: readonly Viewer[]): Promise<(Viewer | null)[]> {
  const members = viewers.filter((viewer): viewer is MemberViewer => viewer.kind === 'member');
  if (members.length === 0) return [...viewers];
  const now = new Date();
  const sessionIds = members.flatMap((v) => (v.via.kind === 'session' ? [v.via.sessionId] : []));
  const tokenIds = members.flatMap((v) => (v.via.kind === 'token' ? [v.via.tokenId] : []));
  const [sessions, tokens] = await Promise.all([
    sessionIds.length > 0
      ? em.find(Session, { id: { $in: [...new Set(sessionIds)] }, expiresAt: { $gt: now } }, { populate: ['member'] })
      : [],
    tokenIds.length > 0
      ? em.find(
          ApiToken,
          {
            id: { $in: [...new Set(tokenIds)] },
            revokedAt: null,
            $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }],
          },
          { populate: ['member'] },
        )
      : [],
  ]);
  const memberOf = new Map<string, Member>();
  for (const row of [...sessions, ...tokens]) {
    const member = row.member.getEntity();
    if (!member.deactivatedAt) memberOf.set(row.id, member);
  }
  const organisations = [...new Set([...memberOf.values()].map((member) => member.organisation.id))];
  const active = await activeOrganisations(em, organisations, now);
  const scopesOf = new Map(tokens.map((token) => [token.id, token.scopes]));
  return viewers.map((viewer): Viewer | null => {
    if (viewer.kind !== 'member') return viewer;
    const id = viewer.via.kind === 'session' ? viewer.via.sessionId : viewer.via.tokenId;
    const member = memberOf.get(id);
    if (!member) return null;
    return {
      kind: 'member',
      memberId: member.id,
      name: member.name,
      organisationId: member.organisation.id,
      role: member.role,
      activeMembership: active.has(member.organisation.id),
      via: viewer.via.kind === 'session' ? viewer.via : { ...viewer.via, scopes: scopesOf.get(id) ?? [] },
    };
  });
}
