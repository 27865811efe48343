import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import { CaseConnection, ReportConnection, TopicConnection } from '../../graphql/connections.js';
import type { Context } from '../../graphql/context.js';
import { selects } from '../../graphql/selection.js';
import { Case } from '../case/case.entity.js';
import { readableWhere } from '../content/content.policy.js';
import { all, publishedWhere, topicWhere } from '../content/filters.js';
import { PUBLISHED_DESCRIPTION } from '../content/inputs.js';
import { nestedConnection } from '../content/nested.js';
import { Event } from '../event/event.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Report } from './report.entity.js';
import { ID } from 'type-graphql';

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => ReportConnection, { description: 'Reports, newest first.' })
  async reports(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('topic', () => ID, { nullable: true, description: 'Reports on this topic or any topic below it.' })
    topic: string | null,
    @Arg('published', () => Boolean, { nullable: true, description: PUBLISHED_DESCRIPTION }) published: boolean | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = all<Report>([
      readableWhere<Report>(ctx.viewer),
      ...publishedWhere<Report>(published),
      ...(await topicWhere<Report>(ctx.em, topic)),
    ]);
    return paginate(ctx.em, Report, where, { publishedOn: 'desc', id: 'asc' }, args, selects(info, 'totalCount'));
  }

  @Query(() => Report, { nullable: true, description: 'A report by its slug.' })
  report(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.findOne(Report, { $and: [{ slug }, readableWhere<Report>(ctx.viewer)] });
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The meeting the report prepares.' })
  event(@Root() root: Report, @Ctx() ctx: Context) {
    return root.event ? ctx.loaders.byId(Event, readableWhere<Event>(ctx.viewer)).load(root.event.id) : null;
  }

  @FieldResolver(() => CaseConnection, { description: 'The practice examples the report features.' })
  cases(@Root() root: Report, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Case, back: 'reports', parentId: root.id, args });
  }

  @FieldResolver(() => TopicConnection, { description: 'The topics of the report.' })
  topics(@Root() root: Report, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Topic, back: 'reports', parentId: root.id, args });
  }
}
