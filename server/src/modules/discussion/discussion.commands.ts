import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { notifyInTransaction } from '../../live/pubsub.js';
import { authorize } from '../auth/auth.policy.js';
import { assertNotLimited, countFailure, type RateLimits } from '../auth/rate-limits.js';
import type { MemberViewer, Viewer } from '../auth/viewer.js';
import { parseInput, text } from '../content/validation.js';
import { Member } from '../member/member.entity.js';
import { notifyAboutComment } from '../notification/notification.commands.js';
import { NotificationKind } from '../notification/notification.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { guardPersonalData } from '../privacy/guard.js';
import { Comment, Follow } from './comment.entity.js';
import { loadComment, loadThread } from './discussion.queries.js';
import { mentionedIds, renderMarkdown } from './markdown.js';
import { loadSubject } from './subject.js';
import { Thread, ThreadKind } from './thread.entity.js';

export const COMMENT_ADDED = 'COMMENT_ADDED';
const body = text(20_000);

async function follow(em: EntityManager, memberId: string, subjectType: string, subjectId: string): Promise<void> {
  if (await em.count(Follow, { member: memberId, subjectId })) return;
  em.create(Follow, { member: em.getReference(Member, memberId), subjectType, subjectId });
}

/** Members mentioned by global ID who exist; unknown or malformed mentions are simply not notified. */
function mentionedMembers(markdown: string): string[] {
  return mentionedIds(markdown).flatMap((globalId) => {
    try {
      return [decodeGlobalId(globalId, ['Member']).id];
    } catch {
      return [];
    }
  });
}

async function throttle(limits: RateLimits, viewer: MemberViewer): Promise<void> {
  await assertNotLimited(limits.posting, viewer.memberId);
  await countFailure(limits.posting, viewer.memberId);
}

async function writeComment(
  em: EntityManager,
  props: { viewer: MemberViewer; thread: Thread; parent: Comment | null; markdown: string; kind?: NotificationKind },
): Promise<Comment> {
  const { viewer, thread, parent } = props;
  const organisation = await em.findOneOrFail(Organisation, viewer.organisationId);
  const comment = em.create(Comment, {
    thread,
    parent,
    author: em.getReference(Member, viewer.memberId),
    organisationKind: organisation.kind,
    body: props.markdown,
    bodyHtml: renderMarkdown(props.markdown),
  });
  thread.commentCount += 1;
  thread.lastActivityAt = new Date();
  if (!thread.participantKinds.includes(organisation.kind))
    thread.participantKinds = [...thread.participantKinds, organisation.kind];
  await follow(em, viewer.memberId, 'Thread', thread.id);
  await em.flush();
  await notifyAboutComment(em, {
    actor: viewer,
    thread,
    comment,
    mentioned: mentionedMembers(props.markdown),
    repliedTo: parent?.author?.id ?? null,
    kind: props.kind,
  });
  await notifyInTransaction(em, `${COMMENT_ADDED}:${thread.id}`, { commentId: comment.id });
  return comment;
}

const threadInput = z.object({
  title: text(300),
  body,
  kind: z.nativeEnum(ThreadKind).default(ThreadKind.DISCUSSION),
  atSeconds: z.number().int().min(0).max(86_400).nullish(),
});

/** Opens a thread on a node the viewer may read, with its first comment. */
export async function startThread(props: {
  em: EntityManager;
  viewer: Viewer;
  limits: RateLimits;
  about: string;
  input: { title: string; body: string; kind?: ThreadKind | null; atSeconds?: number | null };
}): Promise<Thread> {
  const { em, viewer } = props;
  authorize(viewer, 'discussion.post');
  const input = parseInput(threadInput, { ...props.input, kind: props.input.kind ?? undefined });
  guardPersonalData({ 'input.title': input.title, 'input.body': input.body });
  const subject = await loadSubject(em, viewer, props.about);
  authorize(viewer, 'discussion.post', { published: subject.publishedAt !== null });
  if (input.atSeconds != null && subject.type !== 'Talk')
    throw UserInputProblem.of('input.atSeconds', 'Only threads on talks refer to a time in the video.');
  await throttle(props.limits, viewer);
  return em.transactional(async (tx) => {
    const thread = tx.create(Thread, {
      subjectType: subject.type,
      subjectId: subject.id,
      atSeconds: input.atSeconds ?? null,
      title: input.title,
      kind: input.kind,
      author: tx.getReference(Member, viewer.memberId),
      visibility: subject.visibility,
      publishedAt: subject.publishedAt,
      owner: subject.owner,
    });
    await writeComment(tx, { viewer, thread, parent: null, markdown: input.body });
    return thread;
  });
}

/** Adds a comment to a thread, or a reply to a comment in it. */
export async function addComment(props: {
  em: EntityManager;
  viewer: Viewer;
  limits: RateLimits;
  threadId: string;
  parentId?: string | null;
  body: string;
}): Promise<Comment> {
  const { em, viewer } = props;
  authorize(viewer, 'discussion.post');
  const markdown = parseInput(body, props.body, 'body');
  guardPersonalData({ body: markdown });
  const thread = await loadThread(em, viewer, props.threadId);
  // The thread mirrors its subject's publication (thread-visibility.subscriber.ts), so a draft's thread is closed.
  authorize(viewer, 'discussion.post', { published: thread.publishedAt !== null });
  let parent: Comment | null = null;
  if (props.parentId) {
    parent = (await loadComment(em, viewer, props.parentId)).comment;
    if (parent.thread.id !== thread.id) throw UserInputProblem.of('parentId', 'That comment is in another thread.');
  }
  await throttle(props.limits, viewer);
  return em.transactional((tx) =>
    writeComment(tx, { viewer, thread: tx.merge(thread), parent: parent && tx.merge(parent), markdown }),
  );
}
