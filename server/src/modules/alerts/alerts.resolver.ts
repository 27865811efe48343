import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { computedFields } from '../../graphql/read/registry.js';
import { readableWhere } from '../content/content.policy.js';
import { Digest } from '../digest/digest.types.js';
import { Follow } from '../discussion/comment.entity.js';
import { Study } from '../evidence/study.entity.js';
import { gapGlobalId, type KnowledgeGapKind } from '../gaps/gap-keys.js';
import { Method } from '../method/method.entity.js';
import { Notification, NotificationKind } from '../notification/notification.entity.js';
import { readableNotificationWhere } from '../notification/notification.policy.js';
import { Topic } from '../topic/topic.entity.js';

const DIGEST_ALERTS = 50;

// The compiled read path computes `viewerIsFollowing` in SQL, with the same rule as the field resolvers below.
const following = {
  viewerIsFollowing: {
    sql: (col: (name: string) => string, ctx: Context) => ({
      sql: `exists (select 1 from "follow" as "f" where "f"."subject_id" = ${col('id')} and "f"."member_id" = ?)`,
      params: [ctx.viewer.kind === 'member' ? ctx.viewer.memberId : null],
    }),
  },
};
computedFields(Method, following);
computedFields(Topic, following);

async function isFollowing(ctx: Context, id: string): Promise<boolean> {
  if (ctx.viewer.kind !== 'member') return false;
  return (await ctx.loaders.byReference(Follow, 'subjectId', { member: ctx.viewer.memberId }).load(id)) !== null;
}

@Resolver(() => Method)
export class MethodFollowingResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether you follow the method: you hear when its evidence ratings change, and of its discussions.',
  })
  viewerIsFollowing(@Root() root: Method, @Ctx() ctx: Context) {
    return isFollowing(ctx, root.id);
  }
}

@Resolver(() => Topic)
export class TopicFollowingResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether you follow the topic: you hear when ratings of methods under it change; it shapes your digest.',
  })
  viewerIsFollowing(@Root() root: Topic, @Ctx() ctx: Context) {
    return isFollowing(ctx, root.id);
  }
}

/** What a rating or gap notification points at, through the read rule as it is now (null when no longer readable). */
@Resolver(() => Notification)
export class NotificationAlertResolver {
  @FieldResolver(() => Method, {
    nullable: true,
    description: 'The method, for RATING_CHANGED (and method gaps); null when you may no longer read it.',
  })
  method(@Root() root: Notification, @Ctx() ctx: Context) {
    return root.method ? ctx.loaders.byId(Method, readableWhere<Method>(ctx.viewer)).load(root.method.id) : null;
  }

  @FieldResolver(() => Study, {
    nullable: true,
    description: 'The study that brought results, for GAP_RESULTS; null when you may no longer read it.',
  })
  study(@Root() root: Notification, @Ctx() ctx: Context) {
    return root.study ? ctx.loaders.byId(Study, readableWhere<Study>(ctx.viewer)).load(root.study.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The knowledge gap, for GAP_RESULTS.' })
  gapId(@Root() root: Notification): string | null {
    if (!root.gapKey) return null;
    const [kind, subject] = root.gapKey.split(/:(.*)/s);
    return gapGlobalId({ kind: kind as KnowledgeGapKind, subject: subject ?? '' });
  }
}

@Resolver(() => Digest)
export class DigestAlertsResolver {
  @FieldResolver(() => [Notification], {
    description: `Evidence ratings added or changed on what you follow since the digest's start, with the old and new grade (newest first, at most ${DIGEST_ALERTS}).`,
  })
  ratingAlerts(@Root() root: Digest, @Ctx() ctx: Context) {
    if (ctx.viewer.kind !== 'member') return [];
    return ctx.em.find(
      Notification,
      {
        $and: [
          readableNotificationWhere(ctx.viewer),
          { kind: NotificationKind.RATING_CHANGED, createdAt: { $gte: root.since } },
        ],
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: DIGEST_ALERTS },
    );
  }
}
