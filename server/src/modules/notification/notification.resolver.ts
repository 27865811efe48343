import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import { NotificationConnection } from '../../graphql/connections.js';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { selects } from '../../graphql/selection.js';
import { AppError } from '../../graphql/errors.js';
import { ViewerInfo } from '../auth/auth.types.js';
import { authorize } from '../auth/policy.js';
import { readableWhere } from '../content/content.policy.js';
import { Comment } from '../discussion/comment.entity.js';
import { Event } from '../event/event.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { Notification } from './notification.entity.js';
import { NOTIFICATION_ADDED } from './notification.service.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  notifications(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'Only the unread ones.' })
    unreadOnly: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    authorize(ctx.viewer, 'account.self');
    const where = { member: ctx.viewer.memberId, ...(unreadOnly ? { readAt: null } : {}) };
    return paginate(ctx.em, Notification, where, { createdAt: 'desc', id: 'desc' }, args, selects(info, 'totalCount'));
  }

  @Mutation(() => Int, {
    description: 'Marks notifications read: the given ones, or all when none are given. Returns how many changed.',
  })
  async markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true, description: 'The notifications; all when left out.' })
    ids: string[] | null,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.viewer, 'account.edit'); // a write: a READ-only token may not
    const only = ids
      ? { id: { $in: ids.slice(0, 100).map((id) => decodeGlobalId(id, ['Notification'], 'ids').id) } }
      : {};
    return ctx.em.nativeUpdate(
      Notification,
      { member: ctx.viewer.memberId, readAt: null, ...only },
      { readAt: new Date() },
    );
  }

  @FieldResolver(() => Thread, { nullable: true, description: 'The thread it happened in (null for meetings).' })
  thread(@Root() root: Notification, @Ctx() ctx: Context) {
    return root.thread ? ctx.loaders.byId(Thread).load(root.thread.id) : null;
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The meeting it is about (WAITLIST_PROMOTED); null for discussions or when you may no longer see it.',
  })
  event(@Root() root: Notification, @Ctx() ctx: Context) {
    return root.event ? ctx.loaders.byId(Event, readableWhere<Event>(ctx.viewer)).load(root.event.id) : null;
  }

  @FieldResolver(() => Comment, { nullable: true, description: 'The comment it is about.' })
  comment(@Root() root: Notification, @Ctx() ctx: Context) {
    return root.comment ? ctx.loaders.byId(Comment).load(root.comment.id) : null;
  }

  @Subscription(() => Notification, {
    description: 'Your new notifications, as they happen (over graphql-ws).',
    topics: NOTIFICATION_ADDED,
    topicId: ({ context }: { context: Context }) => {
      if (context.viewer.kind !== 'member') throw new AppError('Sign in first.', 'UNAUTHENTICATED');
      return context.viewer.memberId;
    },
  })
  async notificationAdded(@Root() payload: { notificationId: string }, @Ctx() ctx: Context) {
    return ctx.em.fork().findOneOrFail(Notification, payload.notificationId);
  }
}

@Resolver(() => ViewerInfo)
export class ViewerNotificationsResolver {
  @FieldResolver(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Root() root: ViewerInfo, @Ctx() ctx: Context) {
    return ctx.em.count(Notification, { member: root.member.id, readAt: null });
  }
}
