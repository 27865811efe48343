import type { EntityManager } from '@mikro-orm/postgresql';
import { markdownToPlainText } from '../../search/plain-text.js';
import { buildDigest } from '../digest/digest.queries.js';
import { Comment } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { Event, Workshop } from '../event/event.entity.js';
import { DigestFrequency, Member } from '../member/member.entity.js';
import { Method } from '../method/method.entity.js';
import { Notification } from '../notification/notification.entity.js';
import { readableNotificationWhere } from '../notification/notification.policy.js';
import { languageOf, oneLine, type MailItem } from './layout.js';
import { MailKind, type MailOutbox } from './mail.entities.js';
import { viewerOfMember } from './recipient.js';
import { unsubscribeToken, type UnsubscribeTopic } from './signing.js';
import { digestMail, invitationMail, notificationMail, passwordResetMail, type DigestSection } from './templates.js';
import type { OutgoingMail } from './transport.js';

export interface RenderDeps {
  em: EntityManager;
  /** Where links point: PUBLIC_URL, or the address the server listens on. */
  baseUrl: string;
  /** The unsubscribe signing key (signing.ts). */
  key: string;
}

/** Mentions read as "@Name" in an excerpt, as the app shows them. */
const MENTION = /\[@([^\]\n]{1,100})\]\(mention:[^)\s]{1,200}\)/g;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Turns an outbox row into the message to send, at the moment it is sent: a notification or a digest is read with the
 * recipient's rights as they are now, so a thread narrowed or unpublished since, a lapsed membership or a setting
 * turned off means nothing (null: skip) rather than content they may no longer read.
 */
export async function renderOutboxMail(row: MailOutbox, deps: RenderDeps): Promise<OutgoingMail | null> {
  const url = (path: string) => new URL(path, deps.baseUrl).href;
  const language = languageOf(row.language);
  const base = { to: row.recipient, outboxId: row.id };
  switch (row.kind) {
    case MailKind.PASSWORD_RESET:
      return {
        ...base,
        ...passwordResetMail({
          language,
          name: str(row.data.name),
          url: url(`/reset-password/${encodeURIComponent(str(row.data.secret))}`),
          minutes: Number(row.data.minutes) || 60,
        }),
      };
    case MailKind.INVITATION:
      return {
        ...base,
        ...invitationMail({
          language,
          organisation: str(row.data.organisation),
          inviter: str(row.data.inviter) || null,
          role: str(row.data.role),
          url: url(`/invitation/${encodeURIComponent(str(row.data.secret))}`),
          expiresAt: new Date(str(row.data.expiresAt)),
        }),
      };
    case MailKind.NOTIFICATION:
      return renderNotification(row, deps, url);
    case MailKind.DIGEST:
      return renderDigest(row, deps, url);
  }
}

async function activeMember(em: EntityManager, row: MailOutbox): Promise<Member | null> {
  if (!row.member) return null;
  return em.findOne(Member, { id: row.member.id, deactivatedAt: null });
}

function unsubscribe(deps: RenderDeps, topic: UnsubscribeTopic, memberId: string, url: (p: string) => string) {
  const link = url(`/unsubscribe?token=${encodeURIComponent(unsubscribeToken(deps.key, topic, memberId))}`);
  // RFC 8058: mail clients offer one-click unsubscribe and POST "List-Unsubscribe=One-Click" to the link.
  return { link, headers: { 'List-Unsubscribe': `<${link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
}

async function renderNotification(
  row: MailOutbox,
  deps: RenderDeps,
  url: (p: string) => string,
): Promise<OutgoingMail | null> {
  const { em } = deps;
  const member = await activeMember(em, row);
  if (!member || !member.emailNotifications) return null;
  const viewer = await viewerOfMember(em, member);
  const notification = await em.findOne(Notification, {
    $and: [{ id: str(row.data.notificationId) }, readableNotificationWhere(viewer)],
  });
  // Gone, read already, or pointing at something the member may no longer read.
  if (!notification || notification.readAt || member.mutedNotifications.includes(notification.kind)) return null;
  let title = '';
  let link = url('/notifications');
  let excerpt: string | null = null;
  if (notification.thread) {
    const thread = await em.findOneOrFail(Thread, notification.thread.id);
    title = thread.title;
    link = url(`/threads/${encodeURIComponent(thread.nodeId)}`);
    const comment = notification.comment ? await em.findOne(Comment, notification.comment.id) : null;
    if (comment && !comment.deletedAt && !comment.hiddenAt)
      excerpt = oneLine(markdownToPlainText(comment.body.replace(MENTION, '@$1')), 300) || null;
  } else if (notification.event) {
    const event = await em.findOneOrFail(Event, notification.event.id);
    title = event.title;
    link = url(`/events/${encodeURIComponent(event.slug)}`);
  }
  const off = unsubscribe(deps, 'notifications', member.id, url);
  return {
    to: member.email,
    outboxId: row.id,
    headers: off.headers,
    ...notificationMail({
      language: languageOf(member.language),
      name: member.name,
      kind: notification.kind,
      actor: notification.actorName,
      title: oneLine(title),
      excerpt,
      url: link,
      settingsUrl: url('/account/settings'),
      unsubscribeUrl: off.link,
    }),
  };
}

async function renderDigest(
  row: MailOutbox,
  deps: RenderDeps,
  url: (p: string) => string,
): Promise<OutgoingMail | null> {
  const { em } = deps;
  const member = await activeMember(em, row);
  if (!member || member.digestFrequency === DigestFrequency.NEVER) return null;
  const viewer = await viewerOfMember(em, member);
  const since = new Date(str(row.data.since));
  const digest = await buildDigest({ em, viewer, since: Number.isNaN(since.getTime()) ? null : since });
  const language = languageOf(member.language);
  const methodNames = new Map(digest.methods.map((m) => [m.id, m]));
  const missing = digest.evidenceRatings.map((r) => r.method.id).filter((id) => !methodNames.has(id));
  for (const method of missing.length ? await em.find(Method, { id: { $in: missing } }) : [])
    methodNames.set(method.id, method);
  const workshops = new Map(
    (await em.find(Workshop, { id: { $in: digest.workshopOutputs.map((o) => o.workshop.id) } })).map((w) => [w.id, w]),
  );
  const sections: DigestSection[] = [
    {
      key: 'methods',
      items: digest.methods.map((m) => ({
        label: oneLine(m.name),
        url: url(`/methods/${encodeURIComponent(m.slug)}`),
      })),
    },
    {
      key: 'evidenceRatings',
      items: digest.evidenceRatings.flatMap((r): MailItem[] => {
        const method = methodNames.get(r.method.id);
        return method
          ? [
              {
                label: oneLine(method.name),
                detail: `${r.scheme}: ${r.value}`,
                url: url(`/methods/${encodeURIComponent(method.slug)}`),
              },
            ]
          : [];
      }),
    },
    {
      key: 'workshopOutputs',
      items: digest.workshopOutputs.flatMap((o): MailItem[] => {
        const workshop = workshops.get(o.workshop.id);
        return workshop
          ? [
              {
                label: oneLine(workshop.title),
                detail: oneLine(o.insight, 200),
                url: url(`/workshops/${encodeURIComponent(workshop.slug)}`),
              },
            ]
          : [];
      }),
    },
    {
      key: 'threads',
      items: digest.threads.map((t) => ({
        label: oneLine(t.title),
        url: url(`/threads/${encodeURIComponent(t.nodeId)}`),
      })),
    },
  ].filter((section) => section.items.length > 0) as DigestSection[];
  if (sections.length === 0) return null; // nothing new: no email
  const off = unsubscribe(deps, 'digest', member.id, url);
  return {
    to: member.email,
    outboxId: row.id,
    headers: off.headers,
    ...digestMail({
      language,
      name: member.name,
      frequency: member.digestFrequency === DigestFrequency.DAILY ? 'DAILY' : 'WEEKLY',
      topics: digest.topics.map((t) => (language === 'en' ? t.nameEn : t.nameDa)),
      sections,
      digestUrl: url('/digest'),
      settingsUrl: url('/account/settings'),
      unsubscribeUrl: off.link,
    }),
  };
}
