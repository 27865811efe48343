import { can } from '../auth/auth.policy.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableWhere } from '../content/read-rule.js';
import { defineModule } from '../module.js';
import { Comment, CommentRevision, Flag, Follow, Reaction } from './comment.entity.js';
import { readableComment } from './discussion.queries.js';
import { CommentResolver, DiscussionMutations, FlagResolver, ThreadResolver } from './discussion.resolver.js';
import { LiveDiscussionResolver } from './live.resolver.js';
import { ThreadVisibilitySubscriber } from './thread-visibility.subscriber.js';
import { Thread } from './thread.entity.js';
import { ThreadsFieldResolvers } from './threads-field.resolver.js';
import { commentFeed, threadSearch } from './thread.search.js';

export const registration = defineModule({
  name: 'discussion',
  entities: [Comment, CommentRevision, Flag, Follow, Reaction, Thread],
  resolvers: [
    CommentResolver,
    DiscussionMutations,
    FlagResolver,
    ThreadResolver,
    LiveDiscussionResolver,
    ...ThreadsFieldResolvers,
  ],
  subscribers: () => [new ThreadVisibilitySubscriber()],
  nodes: {
    Thread: (ctx, id) => ctx.loaders.byId(Thread, readableWhere<Thread & ContentEntity>(ctx.viewer)).load(id),
    Comment: readableComment,
    Flag: (ctx, id) =>
      can(ctx.viewer, 'comment.moderate')
        ? ctx.loaders.byId(Flag, { comment: { thread: readableWhere<Thread & ContentEntity>(ctx.viewer) } }).load(id)
        : Promise.resolve(null),
  },
  listOrders: [
    [Comment, [['created_at', 'asc']]],
    [Thread, [['last_activity_at', 'desc']]],
  ],
  search: [threadSearch],
  shownInSearch: [commentFeed],
});
