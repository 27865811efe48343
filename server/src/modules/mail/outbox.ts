import type { EntityManager } from '@mikro-orm/postgresql';
import { Member } from '../member/member.entity.js';
import { languageOf } from './layout.js';
import { MailKind, MailOutbox } from './mail.entities.js';

/**
 * Queues an email in the caller's unit of work: it is written by the caller's flush, in the caller's transaction, so
 * it exists exactly when what caused it does. The sender picks it up after the commit.
 */
export function enqueueMail(
  em: EntityManager,
  props: {
    kind: MailKind;
    recipient: string;
    memberId?: string | null;
    language?: string | null;
    data: Record<string, unknown>;
  },
): MailOutbox {
  return em.create(MailOutbox, {
    kind: props.kind,
    recipient: props.recipient,
    member: props.memberId ? em.getReference(Member, props.memberId) : null,
    language: languageOf(props.language),
    data: props.data,
  });
}

/**
 * Queues an email for each new notification whose member wants notifications by email, in the notification's own
 * transaction. The message is rendered when sent, through the notification's read rule at that time (render.ts).
 */
export async function queueNotificationMails(
  em: EntityManager,
  notifications: { id: string; member: { id: string } }[],
): Promise<void> {
  if (notifications.length === 0) return;
  const members = await em.find(Member, {
    id: { $in: [...new Set(notifications.map((n) => n.member.id))] },
    emailNotifications: true,
    deactivatedAt: null,
  });
  const byId = new Map(members.map((m) => [m.id, m]));
  for (const notification of notifications) {
    const member = byId.get(notification.member.id);
    if (!member) continue;
    enqueueMail(em, {
      kind: MailKind.NOTIFICATION,
      recipient: member.email,
      memberId: member.id,
      language: member.language,
      data: { notificationId: notification.id },
    });
  }
}
