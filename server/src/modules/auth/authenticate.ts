import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../graphql/errors.js';
import { Member } from '../member/member.entity.js';
import { hasActiveMembership } from '../organisation/active-membership.js';
import { ApiToken, Session } from './auth.entities.js';
import { hashSecret } from './secrets.js';
import { ANONYMOUS, type Viewer } from './viewer.js';

export const SESSION_COOKIE = 'vb_session';
export const TOKEN_PREFIX = 'vbt';
/** Sessions last 30 days and slide on use; recording use more often than this would cost a write per request. */
export const SESSION_DAYS = 30;
const TOUCH_AFTER_MS = 60_000;

const unauthenticated = (message: string) => new AppError(message, 'UNAUTHENTICATED', { http: { status: 401 } });

export { hasActiveMembership };

async function memberViewer(
  em: EntityManager,
  member: Member,
  via: Extract<Viewer, { kind: 'member' }>['via'],
  signedInAt?: Date,
): Promise<Viewer> {
  const writes = [member.lastWriteAt, signedInAt].filter((date): date is Date => date instanceof Date);
  return {
    kind: 'member',
    memberId: member.id,
    name: member.name,
    organisationId: member.organisation.id,
    role: member.role,
    activeMembership: await hasActiveMembership(em, member.organisation.id),
    via,
    lastWriteAt: writes.length > 0 ? new Date(Math.max(...writes.map((date) => date.getTime()))) : null,
  };
}

/**
 * Resolves the viewer from an `Authorization: Bearer vbt_…` header or the session cookie. A malformed or dead token
 * is an error (integrators must notice); a stale cookie simply means anonymous. It runs before a request may read
 * from replicas, so it always reads the primary: a sign-out or a revoked token takes effect at once.
 */
export async function authenticate(
  em: EntityManager,
  headers: { authorization?: string; sessionSecret?: string },
): Promise<Viewer> {
  const now = new Date();
  if (headers.authorization) {
    const match = /^Bearer (vbt_[A-Za-z0-9_-]{43})$/.exec(headers.authorization.trim());
    if (!match)
      throw unauthenticated('The Authorization header must be "Bearer vbt_…" with a token created in Vidensbro.');
    const token = await em.findOne(ApiToken, { secretHash: hashSecret(match[1]!) }, { populate: ['member'] });
    const member = token?.member.getEntity();
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt < now) || !member || member.deactivatedAt) {
      throw unauthenticated('This API token is unknown, revoked or expired.');
    }
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    return memberViewer(em, member, { kind: 'token', tokenId: token.id, scopes: token.scopes });
  }
  if (headers.sessionSecret) {
    const session = await em.findOne(
      Session,
      { secretHash: hashSecret(headers.sessionSecret), expiresAt: { $gt: now } },
      { populate: ['member'] },
    );
    const member = session?.member.getEntity();
    if (!session || !member || member.deactivatedAt) return ANONYMOUS;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await em.nativeUpdate(
        Session,
        { id: session.id },
        { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000) },
      );
    }
    // A new session is a write too: its first requests read what signing in (or accepting an invitation) made.
    return memberViewer(em, member, { kind: 'session', sessionId: session.id }, session.createdAt);
  }
  return ANONYMOUS;
}
