import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { LiveFeed } from '../../live/feed.js';
import { canRead } from '../content/content.policy.js';
import { Comment } from './comment.entity.js';
import { COMMENT_ADDED } from './discussion.commands.js';
import { Thread } from './thread.entity.js';

/**
 * New comments per thread. Whether a viewer may follow a thread is the thread's read rule, checked when the
 * subscription starts and again, for all subscribers at once, on every comment.
 */
const commentFeed = new LiveFeed<{ commentId: string }, Comment>({
  topic: COMMENT_ADDED,
  allowed: async ({ em, key, viewers }) => {
    const thread = await em.findOne(Thread, key);
    return viewers.map((viewer) => thread !== null && canRead(viewer, thread));
  },
  refusal: (viewer) =>
    viewer.kind === 'anonymous'
      ? new AppError('Sign in to follow a discussion.', 'UNAUTHENTICATED')
      : new AppError('This thread does not exist, or you may not read it.', 'FORBIDDEN'),
  load: ({ em, key, payload }) => em.findOne(Comment, { id: payload.commentId, thread: key }),
});

@Resolver()
export class LiveDiscussionResolver {
  @Subscription(() => Comment, {
    description: 'New comments in a thread, as they are written, from any server process (over graphql-ws).',
    subscribe: ({ args, context }: { args: { threadId: string }; context: Context }) =>
      commentFeed.subscribe(decodeGlobalId(args.threadId, ['Thread'], 'threadId').id, context),
  })
  commentAdded(
    @Root() comment: Comment,
    @Arg('threadId', () => ID, { description: 'The thread to watch.' }) _threadId: string,
  ): Comment {
    return comment;
  }
}
