import type { Context } from '../../graphql/context.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableWhere } from '../content/content.policy.js';
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
