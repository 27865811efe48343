import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { parseInput, text } from '../content/validation.js';
import { Member } from '../member/member.entity.js';
import { notifyAboutComment } from '../notification/notification.commands.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { guardPersonalData } from '../privacy/guard.js';
import { Comment, CommentRevision, Flag, Follow, Reaction } from './comment.entity.js';
import { loadComment, loadThread } from './discussion.queries.js';
import { renderMarkdown } from './markdown.js';
import { ThreadKind } from './thread.entity.js';

/** Authors edit their own comments; the old text is kept as a revision and the comment shows it was edited. */
export async function editComment(props: {
  em: EntityManager;
  viewer: Viewer;
  commentId: string;
  body: string;
}): Promise<Comment> {
  const { em, viewer } = props;
  const { comment } = await loadComment(em, viewer, props.commentId);
  authorize(viewer, 'comment.editOwn', { memberId: comment.author?.id });
  if (comment.deletedAt) throw UserInputProblem.of('commentId', 'A deleted comment cannot be edited.');
  const markdown = parseInput(text(20_000), props.body, 'body');
  guardPersonalData({ body: markdown });
  em.create(CommentRevision, { comment, body: comment.body });
  comment.body = markdown;
  comment.bodyHtml = renderMarkdown(markdown);
  comment.editedAt = new Date();
  await em.flush();
  return comment;
}

/** Soft delete by the author: the text goes, the place in the thread (and its replies) stays. */
export async function deleteComment(props: { em: EntityManager; viewer: Viewer; commentId: string }): Promise<Comment> {
  const { em, viewer } = props;
  const { comment } = await loadComment(em, viewer, props.commentId);
  authorize(viewer, 'comment.editOwn', { memberId: comment.author?.id });
  comment.deletedAt ??= new Date();
  comment.body = '';
  comment.bodyHtml = '';
  await em.nativeDelete(CommentRevision, { comment: comment.id });
  await em.flush();
  return comment;
}

/** The author of a question marks a reply as its answer (or clears it with null). */
export async function markAnswer(props: {
  em: EntityManager;
  viewer: Viewer;
  threadId: string;
  commentId: string | null;
}) {
  const { em, viewer } = props;
  const thread = await loadThread(em, viewer, props.threadId);
  authorize(viewer, 'comment.editOwn', { memberId: thread.author?.id });
  if (thread.kind !== ThreadKind.QUESTION) throw UserInputProblem.of('threadId', 'Only questions have answers.');
  if (props.commentId === null) {
    thread.answer = null;
    await em.flush();
    return thread;
  }
  const { comment } = await loadComment(em, viewer, props.commentId);
  if (comment.thread.id !== thread.id || comment.deletedAt || comment.hiddenAt)
    throw UserInputProblem.of('commentId', 'Choose a visible reply in this thread.');
  return em.transactional(async (tx) => {
    const row = tx.merge(thread);
    row.answer = tx.getReference(Comment, comment.id, { wrapped: true });
    await tx.flush();
    if (comment.author && viewer.kind === 'member') {
      await notifyAboutComment(tx, {
        actor: viewer,
        thread: row,
        comment: tx.merge(comment),
        mentioned: [],
        repliedTo: null,
        kind: NotificationKind.ANSWER,
        only: [comment.author.id],
      });
    }
    return row;
  });
}

/** "Useful": once per member; toggling off removes it. */
export async function setUseful(props: {
  em: EntityManager;
  viewer: Viewer;
  commentId: string;
  useful: boolean;
}): Promise<Comment> {
  const { em, viewer } = props;
  authorize(viewer, 'discussion.participate');
  const { comment } = await loadComment(em, viewer, props.commentId);
  // Idempotent even when the same click arrives twice at once: the unique (comment, member) pair decides.
  if (props.useful)
    await insertOnce(em, Reaction, { comment: comment.id, member: viewer.memberId }, ['comment', 'member']);
  else await em.nativeDelete(Reaction, { comment: comment.id, member: viewer.memberId });
  comment.usefulCount = await em.count(Reaction, { comment: comment.id });
  await em.flush();
  return comment;
}

export async function flagComment(props: {
  em: EntityManager;
  viewer: Viewer;
  commentId: string;
  reason: string;
}): Promise<Flag> {
  const { em, viewer } = props;
  authorize(viewer, 'discussion.participate');
  const { comment } = await loadComment(em, viewer, props.commentId);
  const reason = parseInput(text(1000), props.reason, 'reason');
  guardPersonalData({ reason });
  const flag = em.create(Flag, { comment, reporter: em.getReference(Member, viewer.memberId), reason });
  await em.flush();
  return flag;
}

/** Editors and admins hide or restore a comment, with a reason; open flags on it are resolved; audited. */
export async function moderateComment(props: {
  em: EntityManager;
  viewer: Viewer;
  commentId: string;
  hidden: boolean;
  reason: string;
}): Promise<Comment> {
  const { em, viewer } = props;
  authorize(viewer, 'comment.moderate');
  const { comment } = await loadComment(em, viewer, props.commentId);
  const reason = parseInput(text(500), props.reason, 'reason');
  comment.hiddenAt = props.hidden ? new Date() : null;
  comment.hiddenReason = props.hidden ? reason : null;
  await em.nativeUpdate(Flag, { comment: comment.id, resolvedAt: null }, { resolvedAt: new Date() });
  recordAudit(em, {
    viewer,
    action: props.hidden ? 'comment.hide' : 'comment.restore',
    subjectType: 'Comment',
    subjectId: comment.nodeId,
    subjectLabel: reason,
  });
  await em.flush();
  return comment;
}

/** Follows or unfollows a thread, or any node (then every thread on it). */
export async function setFollowing(props: {
  em: EntityManager;
  viewer: Viewer;
  type: string;
  id: string;
  following: boolean;
}): Promise<boolean> {
  const { em, viewer } = props;
  authorize(viewer, 'discussion.participate');
  if (props.following)
    await insertOnce(em, Follow, { member: viewer.memberId, subjectType: props.type, subjectId: props.id }, [
      'member',
      'subjectId',
    ]);
  else await em.nativeDelete(Follow, { member: viewer.memberId, subjectId: props.id });
  return props.following;
}

/** Inserts a row unless one with the same unique key exists (INSERT … ON CONFLICT DO NOTHING): safe under races. */
async function insertOnce<T extends object>(
  em: EntityManager,
  entity: new () => T,
  data: Record<string, unknown>,
  key: string[],
): Promise<void> {
  await em
    .createQueryBuilder(entity)
    .insert({ id: randomUUID(), ...data })
    .onConflict(key)
    .ignore()
    .execute();
}
