import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem, userErrorsFromZod } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { Session } from '../auth/auth.entities.js';
import { password } from '../auth/auth.commands.js';
import { authorize } from '../auth/auth.policy.js';
import { assertNotLimited, countFailure, type RateLimits } from '../auth/rate-limits.js';
import { hashPassword, verifyPassword, hashSecret } from '../auth/secrets.js';
import type { Viewer } from '../auth/viewer.js';
import { parseInput, text } from '../content/validation.js';
import { Member } from '../member/member.entity.js';
import { NotificationKind } from '../notification/notification.entity.js';
import type { NotificationSetting } from './account.types.js';

/** Kinds a member may turn off; a seat confirmed from the waiting list is always told, as it commits them. */
export const OPTIONAL_NOTIFICATIONS: readonly NotificationKind[] = [
  NotificationKind.MENTION,
  NotificationKind.REPLY,
  NotificationKind.ANSWER,
  NotificationKind.NEW_COMMENT,
];

async function me(em: EntityManager, viewer: Viewer & { memberId: string }): Promise<Member> {
  return em.findOneOrFail(Member, { id: viewer.memberId, deactivatedAt: null });
}

const profileInput = z.object({
  name: text(200),
  title: z
    .string()
    .trim()
    .max(200, 'Must be at most 200 characters.')
    .nullish()
    .transform((value) => value || null),
});

/** Changes the viewer's own name and job title (a write: sessions and WRITE tokens). */
export async function updateProfile(props: {
  em: EntityManager;
  viewer: Viewer;
  input: { name: string; title?: string | null };
}): Promise<Member> {
  const { em, viewer } = props;
  authorize(viewer, 'account.edit');
  const input = parseInput(profileInput, props.input);
  const member = await me(em, viewer);
  member.name = input.name;
  member.title = input.title;
  await em.flush();
  return member;
}

/**
 * Changes the viewer's password. The current one must be right (a wrong guess counts as a failed sign-in for the
 * account, so it is rate limited the same way), the new one follows the rules of sign-up, and every other sign-in
 * is ended: whoever knew the old password is out.
 */
export async function changePassword(props: {
  em: EntityManager;
  viewer: Viewer;
  limits: RateLimits;
  /** The client's address: guesses count against the same (account, address) limit as sign-in. */
  address: string;
  input: { currentPassword: string; newPassword: string };
}): Promise<{ endedSessions: number }> {
  const { em, viewer, limits } = props;
  authorize(viewer, 'account.password');
  const member = await me(em, viewer);
  const pair = hashSecret(`${member.email.toLowerCase()}\n${props.address}`);
  await assertNotLimited(limits.signInPair, pair);
  if (!(await verifyPassword(props.input.currentPassword.slice(0, 200), member.passwordHash))) {
    await countFailure(limits.signInPair, pair);
    throw UserInputProblem.of('input.currentPassword', 'The current password is not right.', 'INVALID_CREDENTIALS');
  }
  // Not through parseInput: a password is never stored as text, so it is not checked for personal data.
  const parsed = password.safeParse(props.input.newPassword);
  if (!parsed.success) throw new UserInputProblem(userErrorsFromZod(parsed.error, 'input.newPassword'));
  const next = parsed.data;
  if (next === props.input.currentPassword) {
    throw UserInputProblem.of('input.newPassword', 'Choose a password different from the current one.', 'INVALID');
  }
  member.passwordHash = await hashPassword(next);
  const current = viewer.via.kind === 'session' ? viewer.via.sessionId : null;
  const endedSessions = await em.nativeDelete(Session, {
    member: member.id,
    ...(current ? { id: { $ne: current } } : {}),
  });
  recordAudit(em, {
    viewer,
    action: 'account.passwordChanged',
    subjectType: 'Member',
    subjectId: member.nodeId,
    subjectLabel: member.name,
  });
  await em.flush();
  return { endedSessions };
}

/** Every kind of notification, and whether the member gets it. */
export function notificationSettingsOf(member: Member): NotificationSetting[] {
  const muted = new Set(member.mutedNotifications);
  return Object.values(NotificationKind).map((kind) => ({
    kind,
    enabled: !muted.has(kind),
    optional: OPTIONAL_NOTIFICATIONS.includes(kind),
  }));
}

/** Turns kinds of notification on or off for the viewer; a kind that may not be turned off is refused. */
export async function updateNotificationSettings(props: {
  em: EntityManager;
  viewer: Viewer;
  input: { settings: { kind: NotificationKind; enabled: boolean }[] };
}): Promise<NotificationSetting[]> {
  const { em, viewer } = props;
  authorize(viewer, 'account.edit');
  const settings = props.input.settings;
  if (
    settings.length > Object.keys(NotificationKind).length ||
    new Set(settings.map((s) => s.kind)).size !== settings.length
  )
    throw UserInputProblem.of('input.settings', 'Give each kind of notification at most once.', 'INVALID');
  settings.forEach((setting, i) => {
    if (!setting.enabled && !OPTIONAL_NOTIFICATIONS.includes(setting.kind))
      throw UserInputProblem.of(`input.settings.${i}.enabled`, `${setting.kind} cannot be turned off.`, 'INVALID');
  });
  const member = await me(em, viewer);
  const muted = new Set(member.mutedNotifications);
  for (const { kind, enabled } of settings) {
    if (enabled) muted.delete(kind);
    else muted.add(kind);
  }
  member.mutedNotifications = [...muted].sort();
  await em.flush();
  return notificationSettingsOf(member);
}
