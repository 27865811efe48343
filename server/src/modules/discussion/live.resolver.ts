import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { canRead } from '../content/content.policy.js';
import { Comment } from './comment.entity.js';
import { COMMENT_ADDED } from './discussion.service.js';
import { Thread } from './thread.entity.js';

@Resolver()
export class LiveDiscussionResolver {
  @Subscription(() => Comment, {
    description: 'New comments in a thread, as they are written, from any server process (over graphql-ws).',
    topics: COMMENT_ADDED,
    topicId: ({ args }: { args: { threadId: string } }) => decodeGlobalId(args.threadId, ['Thread'], 'threadId').id,
    // Checked per event, so a viewer who loses access stops receiving comments.
    filter: async ({ args, context }: { args: { threadId: string }; context: Context }) => {
      const thread = await context.em.fork().findOne(Thread, decodeGlobalId(args.threadId, ['Thread']).id);
      return thread !== null && canRead(context.viewer, thread);
    },
  })
  async commentAdded(
    @Root() payload: { commentId: string },
    @Arg('threadId', () => ID, { description: 'The thread to watch.' }) _threadId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.fork().findOneOrFail(Comment, payload.commentId);
  }
}
