import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from '../audit/audit.entity.js';
import { ApiToken, Invitation, Session } from '../auth/auth.entities.js';
import type { MemberViewer } from '../auth/viewer.js';
import { canRead } from '../content/content.policy.js';
import { Comment, CommentRevision, Flag, Follow, Reaction } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { MailOutbox } from '../mail/mail.entities.js';
import { Member } from '../member/member.entity.js';
import { Notification } from '../notification/notification.entity.js';
import { Membership, Organisation } from '../organisation/organisation.entity.js';
import { WorkshopOutput } from '../outcome/output.entity.js';
import { Registration } from '../registration/registration.entity.js';
import { ShareLink } from '../share/share.entity.js';

/**
 * Everything Vidensbro holds about one person, as plain JSON (GDPR art. 15 and 20). Secrets are never included.
 * What the person wrote is theirs; content others wrote (a meeting's title) follows the read rule as it is now.
 */
export async function exportMemberData(em: EntityManager, viewer: MemberViewer): Promise<Record<string, unknown>> {
  const memberId = viewer.memberId;
  const member = await em.findOneOrFail(Member, memberId);
  const organisation = await em.findOneOrFail(Organisation, member.organisation.id);
  const [
    memberships,
    comments,
    threads,
    tokens,
    sessions,
    notifications,
    follows,
    reactions,
    flags,
    invitations,
    audit,
  ] = await Promise.all([
    em.find(Membership, { organisation: organisation.id }, { orderBy: { year: 'asc' } }),
    em.find(Comment, { author: memberId }, { orderBy: { createdAt: 'asc' } }),
    em.find(Thread, { author: memberId }, { orderBy: { createdAt: 'asc' } }),
    em.find(ApiToken, { member: memberId }),
    em.find(Session, { member: memberId }),
    em.find(Notification, { member: memberId }, { orderBy: { createdAt: 'asc' } }),
    em.find(Follow, { member: memberId }),
    em.find(Reaction, { member: memberId }),
    em.find(Flag, { reporter: memberId }),
    em.find(Invitation, { invitedBy: memberId }),
    em.find(AuditEntry, { actor: memberId }, { orderBy: { createdAt: 'asc' } }),
  ]);
  const [registrations, outputs, shareLinks] = await Promise.all([
    em.find(Registration, { member: memberId }, { populate: ['event'], orderBy: { createdAt: 'asc' } }),
    em.find(WorkshopOutput, { author: memberId }, { orderBy: { createdAt: 'asc' } }),
    em.find(ShareLink, { createdBy: memberId }, { orderBy: { createdAt: 'asc' } }),
  ]);
  const revisions = await em.find(
    CommentRevision,
    { comment: { $in: comments.map((c) => c.id) } },
    { orderBy: { createdAt: 'asc' } },
  );
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      id: member.nodeId,
      name: member.name,
      email: member.email,
      role: member.role,
      title: member.title,
      createdAt: iso(member.createdAt),
      emailSettings: {
        language: member.language ?? 'da',
        digestFrequency: member.digestFrequency,
        notificationsByEmail: member.emailNotifications,
      },
    },
    // What was emailed to them (kept KEEP_SENT_DAYS), without the messages' secrets.
    emails: (await em.find(MailOutbox, { member: memberId }, { orderBy: { id: 'asc' } })).map((m) => ({
      kind: m.kind,
      status: m.status,
      queuedAt: iso(m.createdAt),
      sentAt: iso(m.sentAt),
    })),
    organisation: {
      name: organisation.name,
      kind: organisation.kind,
      memberships: memberships.map((m) => ({ year: m.year, feeDkk: m.feeDkk, status: m.status })),
    },
    threadsStarted: threads.map((t) => ({
      id: t.nodeId,
      title: t.title,
      about: `${t.subjectType}:${t.subjectId}`,
      createdAt: iso(t.createdAt),
    })),
    comments: comments.map((c) => ({
      id: c.nodeId,
      thread: c.thread.id,
      body: c.body,
      createdAt: iso(c.createdAt),
      editedAt: iso(c.editedAt),
      deletedAt: iso(c.deletedAt),
      earlierVersions: revisions
        .filter((r) => r.comment.id === c.id)
        .map((r) => ({ body: r.body, replacedAt: iso(r.createdAt) })),
    })),
    registrations: registrations.map((r) => ({
      event: canRead(viewer, r.event.getEntity()) ? r.event.getEntity().title : null,
      eventId: r.event.getEntity().nodeId,
      status: r.status,
      registeredAt: iso(r.createdAt),
      cancelledAt: iso(r.cancelledAt),
    })),
    workshopOutputs: outputs.map((o) => ({
      workshop: o.workshop.id,
      insight: o.insight,
      nextStep: o.nextStep,
      createdAt: iso(o.createdAt),
    })),
    shareLinks: shareLinks.map((l) => ({
      item: `${l.subjectType}:${l.subjectId}`,
      createdAt: iso(l.createdAt),
      expiresAt: iso(l.expiresAt),
      revokedAt: iso(l.revokedAt),
    })),
    reactions: reactions.map((r) => ({ comment: r.comment.id, createdAt: iso(r.createdAt) })),
    reports: flags.map((f) => ({ comment: f.comment.id, reason: f.reason, createdAt: iso(f.createdAt) })),
    follows: follows.map((f) => ({ type: f.subjectType, id: f.subjectId, since: iso(f.createdAt) })),
    notifications: notifications.map((n) => ({
      kind: n.kind,
      from: n.actorName,
      createdAt: iso(n.createdAt),
      readAt: iso(n.readAt),
    })),
    apiTokens: tokens.map((t) => ({
      name: t.name,
      prefix: t.prefix,
      scopes: t.scopes,
      createdAt: iso(t.createdAt),
      lastUsedAt: iso(t.lastUsedAt),
      revokedAt: iso(t.revokedAt),
    })),
    sessions: sessions.map((s) => ({
      createdAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      expiresAt: iso(s.expiresAt),
    })),
    invitationsSent: invitations.map((i) => ({
      email: i.email,
      role: i.role,
      createdAt: iso(i.createdAt),
      acceptedAt: iso(i.acceptedAt),
    })),
    changesMade: audit.map((a) => ({ action: a.action, subject: a.subjectType, at: iso(a.createdAt) })),
  };
}
export const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
