import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../graphql/errors.js';
import { preparedRead } from '../../platform/prepared-read.js';
import type { MemberRole } from '../member/member.entity.js';
import { activeMembershipSql } from '../organisation/active-membership.js';
import { ApiToken, Session, type TokenScope } from './auth.entities.js';
import { hashSecret } from './secrets.js';
import { ANONYMOUS, type MemberViewer, type Viewer } from './viewer.js';

export const SESSION_COOKIE = 'vb_session';
export const TOKEN_PREFIX = 'vbt';
/** Sessions last 30 days and slide on use; recording use more often than this would cost a write per request. */
export const SESSION_DAYS = 30;
const TOUCH_AFTER_MS = 60_000;

const unauthenticated = (message: string) => new AppError(message, 'UNAUTHENTICATED', { http: { status: 401 } });

/** What one statement reads for a credential: the credential, its member, and the membership rule's answer. */
interface CredentialRow {
  credential_id: string;
  expires_at: Date | null;
  touched_at: Date | null;
  revoked_at?: Date | null;
  scopes?: TokenScope[];
  created_at?: Date;
  member_id: string;
  name: string;
  organisation_id: string;
  role: MemberRole;
  deactivated_at: Date | null;
  last_write_at: Date | null;
  active_membership: boolean;
}

/** A row as the driver returns it: timestamps may still be text. */
type Raw<T> = { [K in keyof T]: T[K] extends Date | null | undefined ? Date | string | Exclude<T[K], Date> : T[K] };

const MEMBER_COLUMNS = `m.id as member_id, m.name, m.organisation_id, m.role, m.deactivated_at, m.last_write_at`;

/**
 * The credential, its member and whether the organisation's membership is active, in one statement on the primary:
 * authentication runs on every request, so it costs one round trip and no entity hydration.
 */
async function readCredential(em: EntityManager, kind: 'token' | 'session', secret: string, now: Date) {
  const active = activeMembershipSql('m.organisation_id', now);
  const sql =
    kind === 'token'
      ? `select t.id as credential_id, t.expires_at, t.last_used_at as touched_at, t.revoked_at, t.scopes,
           ${MEMBER_COLUMNS}, ${active.sql} as active_membership
         from api_token t join member m on m.id = t.member_id where t.secret_hash = ?`
      : `select ses.id as credential_id, ses.expires_at, ses.last_seen_at as touched_at, ses.created_at,
           ${MEMBER_COLUMNS}, ${active.sql} as active_membership
         from session ses join member m on m.id = ses.member_id where ses.secret_hash = ? and ses.expires_at > ?`;
  const params =
    kind === 'token' ? [...active.params, hashSecret(secret)] : [...active.params, hashSecret(secret), now];
  const [row] = await preparedRead<Raw<CredentialRow>>(em, sql, params, { primary: true });
  // MikroORM's connections hand timestamps over as text (its platform converts them for entities).
  const date = (value: Date | string | null | undefined) => (value == null ? null : new Date(value));
  return row
    ? {
        ...row,
        expires_at: date(row.expires_at),
        touched_at: date(row.touched_at),
        revoked_at: date(row.revoked_at),
        created_at: date(row.created_at) ?? undefined,
        deactivated_at: date(row.deactivated_at),
        last_write_at: date(row.last_write_at),
      }
    : undefined;
}

function memberViewer(row: CredentialRow, via: MemberViewer['via'], signedInAt?: Date): Viewer {
  const writes = [row.last_write_at, signedInAt].filter((date): date is Date => date instanceof Date);
  return {
    kind: 'member',
    memberId: row.member_id,
    name: row.name,
    organisationId: row.organisation_id,
    role: row.role,
    activeMembership: row.active_membership,
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
    const token = await readCredential(em, 'token', match[1]!, now);
    if (!token || token.revoked_at || (token.expires_at && token.expires_at < now) || token.deactivated_at) {
      throw unauthenticated('This API token is unknown, revoked or expired.');
    }
    if (!token.touched_at || now.getTime() - token.touched_at.getTime() > TOUCH_AFTER_MS) {
      await em.nativeUpdate(ApiToken, { id: token.credential_id }, { lastUsedAt: now });
    }
    return memberViewer(token, { kind: 'token', tokenId: token.credential_id, scopes: token.scopes ?? [] });
  }
  if (headers.sessionSecret) {
    const session = await readCredential(em, 'session', headers.sessionSecret, now);
    if (!session || session.deactivated_at) return ANONYMOUS;
    if (now.getTime() - session.touched_at!.getTime() > TOUCH_AFTER_MS) {
      await em.nativeUpdate(
        Session,
        { id: session.credential_id },
        { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000) },
      );
    }
    // A new session is a write too: its first requests read what signing in (or accepting an invitation) made.
    return memberViewer(session, { kind: 'session', sessionId: session.credential_id }, session.created_at);
  }
  return ANONYMOUS;
}
