import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { UserInputProblem, userErrorsFromZod } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { password } from '../auth/auth.commands.js';
import { Session } from '../auth/auth.entities.js';
import { authorize } from '../auth/auth.policy.js';
import { assertNotLimited, countFailure, type RateLimits } from '../auth/rate-limits.js';
import { hashPassword, hashSecret, newSecret } from '../auth/secrets.js';
import type { Viewer } from '../auth/viewer.js';
import { email as emailSchema, parseInput } from '../content/validation.js';
import { Member, type DigestFrequency } from '../member/member.entity.js';
import { MailKind, PasswordReset } from './mail.entities.js';
import { emailSettingsOf } from './mail.queries.js';
import { MailLanguage, type EmailSettings } from './mail.types.js';

/** How long a reset link works. */
export const RESET_MINUTES = 60;

const requestInput = z.object({ email: emailSchema });

/**
 * "Forgot password": when the email belongs to an active member, a single-use link (its secret stored only as a
 * hash) is queued to that address, in one statement. The caller always answers the same, found or not; every
 * request counts against the address's and the email's limits alike, so the limits do not tell either.
 */
export async function requestPasswordReset(props: {
  em: EntityManager;
  limits: RateLimits;
  address: string;
  email: string;
}): Promise<void> {
  const { em, limits } = props;
  const { email } = parseInput(requestInput, { email: props.email.trim().toLowerCase().slice(0, 320) });
  const account = hashSecret(`reset\n${email}`);
  await assertNotLimited(limits.resetAddress, props.address);
  await assertNotLimited(limits.resetAccount, account);
  await Promise.all([countFailure(limits.resetAddress, props.address), countFailure(limits.resetAccount, account)]);
  // One statement whether or not the email has an account: it writes the link and its email when there is one and
  // nothing otherwise, so the answer takes as long either way and its timing does not tell who has an account.
  const secret = newSecret('vbr');
  await em.getConnection().execute(
    `with target as (select id, email, name, language from member where email = ? and deactivated_at is null),
     link as (insert into password_reset (id, member_id, secret_hash, expires_at)
       select ?, target.id, ?, ? from target returning member_id)
     insert into mail_outbox (kind, member_id, recipient, language, data)
     select ?, target.id, target.email, coalesce(target.language, 'da'),
       jsonb_build_object('secret', ?::text, 'name', target.name, 'minutes', ?::int)
     from target join link on link.member_id = target.id`,
    [
      email,
      randomUUID(),
      hashSecret(secret),
      new Date(Date.now() + RESET_MINUTES * 60_000),
      MailKind.PASSWORD_RESET,
      secret,
      RESET_MINUTES,
    ],
    'run',
  );
}

const expired = () =>
  UserInputProblem.of('input.token', 'This link is not valid any more. Ask for a new one.', 'EXPIRED');

/**
 * Sets a new password from a reset link. The link's row is locked while it is used, so it works once even when sent
 * twice at once; every other reset link of the member stops working, and every session ends: whoever knew the old
 * password, or holds a signed-in browser, is out.
 */
export async function resetPassword(props: {
  em: EntityManager;
  token: string;
  newPassword: string;
}): Promise<{ member: Member; endedSessions: number }> {
  // Not through parseInput: a password is never stored as text, so it is not checked for personal data.
  const parsed = password.safeParse(props.newPassword);
  if (!parsed.success) throw new UserInputProblem(userErrorsFromZod(parsed.error, 'input.newPassword'));
  const passwordHash = await hashPassword(parsed.data);
  return props.em.transactional(async (em) => {
    const reset = await em.findOne(
      PasswordReset,
      { secretHash: hashSecret(props.token.slice(0, 200)) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!reset || reset.usedAt || reset.expiresAt < new Date()) throw expired();
    const member = await em.findOne(Member, { id: reset.member.id, deactivatedAt: null });
    if (!member) throw expired();
    const now = new Date();
    member.passwordHash = passwordHash;
    reset.usedAt = now;
    await em.nativeUpdate(PasswordReset, { member: member.id, usedAt: null, id: { $ne: reset.id } }, { usedAt: now });
    const endedSessions = await em.nativeDelete(Session, { member: member.id });
    recordAudit(em, {
      viewer: { kind: 'anonymous' },
      action: 'account.passwordReset',
      subjectType: 'Member',
      subjectId: member.nodeId,
      subjectLabel: member.name,
    });
    return { member, endedSessions };
  });
}

/** Changes the viewer's own email settings (a write: sessions and WRITE tokens). */
export async function updateEmailSettings(props: {
  em: EntityManager;
  viewer: Viewer;
  input: {
    language?: MailLanguage | null;
    digestFrequency?: DigestFrequency | null;
    notificationsByEmail?: boolean | null;
  };
}): Promise<EmailSettings> {
  const { em, viewer, input } = props;
  authorize(viewer, 'account.edit');
  const member = await em.findOneOrFail(Member, { id: viewer.memberId, deactivatedAt: null });
  if (input.language) member.language = input.language === MailLanguage.EN ? 'en' : 'da';
  if (input.digestFrequency) member.digestFrequency = input.digestFrequency;
  if (typeof input.notificationsByEmail === 'boolean') member.emailNotifications = input.notificationsByEmail;
  await em.flush();
  return emailSettingsOf(member);
}
