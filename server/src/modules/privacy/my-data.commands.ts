import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputProblem } from '../../graphql/payload.js';
import { AuditEntry } from '../audit/audit.entity.js';
import { recordAudit } from '../audit/audit.commands.js';
import { MailOutbox } from '../mail/mail.entities.js';
import { ApiToken, Invitation, Session } from '../auth/auth.entities.js';
import type { MemberViewer, Viewer } from '../auth/viewer.js';
import { canRead } from '../content/content.policy.js';
import { Comment, CommentRevision, Flag, Follow, Reaction } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { FORMER_MEMBER } from '../member/former-member.js';
import { Member } from '../member/member.entity.js';
import { loadRemovableMember } from '../member/removal.js';
import { Notification } from '../notification/notification.entity.js';
import { Membership, Organisation } from '../organisation/organisation.entity.js';
import { WorkshopOutput } from '../outcome/output.entity.js';
import { Registration } from '../registration/registration.entity.js';
import { ShareLink } from '../share/share.entity.js';

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

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

/**
 * Removes a person: their account, sessions, tokens, notifications, follows and reactions go; their comments and
 * threads stay readable as "Tidligere medlem" so conversations keep their shape; earlier versions of their
 * comments go; the audit trail keeps what happened but no longer who. One transaction.
 */
export async function deleteMemberData(props: {
  em: EntityManager;
  viewer: Viewer;
  memberId: string;
  self: boolean;
}): Promise<void> {
  const { em, viewer, memberId } = props;
  if (!props.self) await loadRemovableMember(em, viewer, memberId);
  else if (!(await em.findOne(Member, memberId))) throw UserInputProblem.of('id', 'No such member.', 'NOT_FOUND');
  await em.transactional(async (tx) => {
    const reacted = await tx.find(Reaction, { member: memberId }, { fields: ['comment'] });
    const commentIds = (await tx.find(Comment, { author: memberId }, { fields: ['id'] })).map((c) => c.id);
    await tx.nativeDelete(CommentRevision, { comment: { $in: commentIds } });
    await tx.nativeUpdate(AuditEntry, { actor: memberId }, { actorName: FORMER_MEMBER });
    await tx.nativeDelete(Member, { id: memberId });
    const touched = [...new Set(reacted.map((r) => r.comment.id))];
    if (touched.length > 0) {
      await tx
        .getConnection()
        .execute(
          'update comment set useful_count = (select count(*) from reaction r where r.comment_id = comment.id) where id = any(?)',
          [touched],
          'run',
          tx.getTransactionContext(),
        );
    }
    recordAudit(tx, {
      viewer: props.self ? { kind: 'anonymous' } : viewer,
      action: props.self ? 'member.deleteSelf' : 'member.delete',
      subjectType: 'Member',
      subjectId: null,
      subjectLabel: null,
    });
  });
}
