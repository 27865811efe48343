import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyInTransaction } from '../../live/pubsub.js';
import type { MemberViewer, Viewer } from '../auth/viewer.js';
import { canRead } from '../content/content.policy.js';
import type { Comment } from '../discussion/comment.entity.js';
import { Follow } from '../discussion/comment.entity.js';
import type { Thread } from '../discussion/thread.entity.js';
import type { Event } from '../event/event.entity.js';
import { Member } from '../member/member.entity.js';
import { queueNotificationMails } from '../mail/outbox.js';
import { activeOrganisationIds } from '../organisation/active-membership.js';
import { Notification, NotificationKind } from './notification.entity.js';

export const NOTIFICATION_ADDED = 'NOTIFICATION_ADDED';

/** Who a notification comes from when no person did it (e.g. the waiting list moving up). */
export const SYSTEM_ACTOR = 'Vidensbro';

/** Strongest reason wins when one person has several (mentioned in a reply to their own comment → MENTION). */
const PRIORITY: NotificationKind[] = [
  NotificationKind.MENTION,
  NotificationKind.ANSWER,
  NotificationKind.REPLY,
  NotificationKind.NEW_COMMENT,
];

/**
 * The viewer a member would be, to ask the one policy whether they may read the thread, and the kinds of
 * notification they have turned off.
 */
async function viewersOf(
  em: EntityManager,
  memberIds: string[],
): Promise<{ viewers: Map<string, Viewer>; muted: Map<string, Set<string>> }> {
  const members = await em.find(Member, { id: { $in: memberIds }, deactivatedAt: null });
  const activeOrgs = await activeOrganisationIds(
    em,
    members.map((m) => m.organisation.id),
  );
  const muted = new Map(members.map((m) => [m.id, new Set(m.mutedNotifications)]));
  const viewers = new Map(
    members.map((m) => [
      m.id,
      {
        kind: 'member',
        memberId: m.id,
        name: m.name,
        organisationId: m.organisation.id,
        role: m.role,
        activeMembership: activeOrgs.has(m.organisation.id),
        via: { kind: 'session', sessionId: '' },
      } satisfies Viewer,
    ]),
  );
  return { viewers, muted };
}

/**
 * Notifies the people a new comment concerns: those mentioned, the author of the comment replied to, and followers
 * of the thread or its subject; never the writer, and only people who may read the thread. Runs in the comment's
 * transaction; live delivery follows the commit.
 */
export async function notifyAboutComment(
  em: EntityManager,
  props: {
    actor: MemberViewer;
    thread: Thread;
    comment: Comment;
    mentioned: string[];
    repliedTo: string | null;
    kind?: NotificationKind;
    only?: string[];
  },
): Promise<Notification[]> {
  const { actor, thread, comment } = props;
  // Every reason each person has; the strongest one they have not turned off is what they are told.
  const reasons = new Map<string, Set<NotificationKind>>();
  const add = (memberId: string, kind: NotificationKind) => {
    reasons.set(memberId, (reasons.get(memberId) ?? new Set()).add(kind));
  };
  if (props.only) {
    for (const id of props.only) add(id, props.kind ?? NotificationKind.NEW_COMMENT);
  } else {
    const follows = await em.find(Follow, { subjectId: { $in: [thread.id, thread.subjectId] } });
    for (const follow of follows) add(follow.member.id, props.kind ?? NotificationKind.NEW_COMMENT);
  }
  if (props.repliedTo) add(props.repliedTo, NotificationKind.REPLY);
  for (const id of props.mentioned) add(id, NotificationKind.MENTION);
  reasons.delete(actor.memberId);
  if (reasons.size === 0) return [];

  const { viewers, muted } = await viewersOf(em, [...reasons.keys()]);
  const notifications: Notification[] = [];
  for (const [memberId, kinds] of reasons) {
    const viewer = viewers.get(memberId);
    const kind = PRIORITY.find((k) => kinds.has(k) && !muted.get(memberId)?.has(k));
    if (!viewer || !kind || !canRead(viewer, thread)) continue;
    const notification = em.create(Notification, {
      member: em.getReference(Member, memberId),
      kind,
      thread,
      comment,
      actorName: actor.name,
    });
    notifications.push(notification);
  }
  await queueNotificationMails(em, notifications);
  await em.flush();
  for (const n of notifications)
    await notifyInTransaction(em, `${NOTIFICATION_ADDED}:${n.member.id}`, { notificationId: n.id });
  return notifications;
}

/**
 * Tells members their seat is confirmed after moving up from the waiting list (a cancellation or more seats). Runs in
 * the registration's transaction; live delivery follows the commit. Never says who cancelled.
 */
export async function notifyPromoted(em: EntityManager, event: Event, memberIds: string[]): Promise<Notification[]> {
  const notifications = memberIds.map((memberId) =>
    em.create(Notification, {
      member: em.getReference(Member, memberId),
      kind: NotificationKind.WAITLIST_PROMOTED,
      event,
      actorName: SYSTEM_ACTOR,
    }),
  );
  if (notifications.length === 0) return [];
  await queueNotificationMails(em, notifications);
  await em.flush();
  for (const n of notifications)
    await notifyInTransaction(em, `${NOTIFICATION_ADDED}:${n.member.id}`, { notificationId: n.id });
  return notifications;
}
