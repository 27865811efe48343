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
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { selects } from '../../graphql/selection.js';
import { authorize } from '../auth/auth.policy.js';
import { ViewerInfo } from '../auth/auth.types.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableWhere } from '../content/content.policy.js';
import { Comment } from '../discussion/comment.entity.js';
import { readableComment } from '../discussion/discussion.queries.js';
import { Thread } from '../discussion/thread.entity.js';
import { Event } from '../event/event.entity.js';
import { Notification } from './notification.entity.js';
import { notificationFeed } from './notification.live.js';
import { readableNotificationWhere } from './notification.policy.js';
import { NotificationConnection } from './notification.types.js';

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
    const where = { $and: [readableNotificationWhere(ctx.viewer), unreadOnly ? { readAt: null } : {}] };
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
    authorize(ctx.viewer, 'account.update');
    const only = ids
      ? { id: { $in: ids.slice(0, 100).map((id) => decodeGlobalId(id, ['Notification'], 'ids').id) } }
      : {};
    return ctx.em.nativeUpdate(
      Notification,
      { member: ctx.viewer.memberId, readAt: null, ...only },
      { readAt: new Date() },
    );
  }

  // Thread, comment and event are read through the read rule as it is now (the notification may be a live payload
  // or older than a narrowing): null when the viewer may no longer read them.
  @FieldResolver(() => Thread, {
    nullable: true,
    description: 'The thread it happened in; null for meetings or when you may no longer read it.',
  })
  thread(@Root() root: Notification, @Ctx() ctx: Context) {
    if (!root.thread) return null;
    return ctx.loaders.byId(Thread, readableWhere<Thread & ContentEntity>(ctx.viewer)).load(root.thread.id);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The meeting it is about (WAITLIST_PROMOTED); null for discussions or when you may no longer see it.',
  })
  event(@Root() root: Notification, @Ctx() ctx: Context) {
    return root.event ? ctx.loaders.byId(Event, readableWhere<Event>(ctx.viewer)).load(root.event.id) : null;
  }

  @FieldResolver(() => Comment, {
    nullable: true,
    description: 'The comment it is about; null when you may no longer read its thread.',
  })
  comment(@Root() root: Notification, @Ctx() ctx: Context) {
    return root.comment ? readableComment(ctx, root.comment.id) : null;
  }

  @Subscription(() => Notification, {
    description: 'Your new notifications, as they happen (over graphql-ws).',
    subscribe: ({ context }: { context: Context }) =>
      notificationFeed.subscribe(context.viewer.kind === 'member' ? context.viewer.memberId : '', context),
  })
  notificationAdded(@Root() notification: Notification): Notification {
    return notification;
  }
}

@Resolver(() => ViewerInfo)
export class ViewerNotificationsResolver {
  @FieldResolver(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Root() root: ViewerInfo, @Ctx() ctx: Context) {
    if (ctx.viewer.kind !== 'member' || ctx.viewer.memberId !== root.member.id) return 0;
    return ctx.em.count(Notification, { $and: [readableNotificationWhere(ctx.viewer), { readAt: null }] });
  }
}
