import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import type { Viewer } from '../auth/viewer.js';
import type { ContentEntity } from '../content/content.entity.js';
import { canRead, readableWhere } from '../content/content.policy.js';
import { Comment } from './comment.entity.js';
import { Thread } from './thread.entity.js';

/** A comment, if the viewer may read its thread (the thread follows its subject's visibility). */
export async function readableComment(ctx: Context, id: string): Promise<Comment | null> {
  const comment = await ctx.loaders.byId(Comment).load(id);
  if (!comment) return null;
  const thread = await ctx.loaders
    .byId(Thread, readableWhere<Thread & ContentEntity>(ctx.viewer))
    .load(comment.thread.id);
  return thread ? comment : null;
}

/** A thread the viewer may read, or NOT_FOUND (never saying whether it exists). */
export async function loadThread(
  em: EntityManager,
  viewer: Viewer,
  globalId: string,
  field = 'threadId',
): Promise<Thread> {
  const { id } = decodeGlobalId(globalId, ['Thread'], field);
  const thread = await em.findOne(Thread, id);
  if (!thread || !canRead(viewer, thread)) throw UserInputProblem.of(field, 'No thread with this ID.', 'NOT_FOUND');
  return thread;
}
export async function loadComment(
  em: EntityManager,
  viewer: Viewer,
  globalId: string,
): Promise<{ comment: Comment; thread: Thread }> {
  const { id } = decodeGlobalId(globalId, ['Comment'], 'commentId');
  const comment = await em.findOne(Comment, id, { populate: ['thread'] });
  const thread = comment?.thread.getEntity();
  if (!comment || !thread || !canRead(viewer, thread))
    throw UserInputProblem.of('commentId', 'No comment with this ID.', 'NOT_FOUND');
  return { comment, thread };
}
