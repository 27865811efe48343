import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { readPage, readSingle } from '../../graphql/read/root.js';
import { Case } from '../case/case.entity.js';
import { CaseConnection } from '../case/case.types.js';
import { PUBLISHED_DESCRIPTION } from '../content/content.inputs.js';
import { readableWhere } from '../content/content.policy.js';
import { all, publishedWhere, topicWhere } from '../content/content.queries.js';
import { editingMutations } from '../content/editing.resolver.js';
import { nestedLists, references } from '../content/nested.js';
import { Event } from '../event/event.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { TopicConnection } from '../topic/topic.types.js';
import { createReport, updateReport } from './report.commands.js';
import { Report } from './report.entity.js';
import { ReportInput } from './report.inputs.js';
import { ReportConnection, ReportPayload } from './report.types.js';

const reportLists = nestedLists(Report, {
  cases: { child: Case, back: 'reports' },
  topics: { child: Topic, back: 'reports' },
});

const reportRefs = references(Report, {
  event: { target: Event, property: 'event', where: (viewer) => readableWhere<Event>(viewer) },
});

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
    return readPage(ctx, info, Report, where, { publishedOn: 'desc', id: 'asc' }, args);
  }

  @Query(() => Report, { nullable: true, description: 'A report by its slug.' })
  report(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readSingle(ctx, info, Report, { $and: [{ slug }, readableWhere<Report>(ctx.viewer)] });
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The meeting the report prepares.' })
  event(@Root() root: Report, @Ctx() ctx: Context) {
    return reportRefs.event(ctx, root);
  }

  @FieldResolver(() => CaseConnection, { description: 'The practice examples the report features.' })
  cases(@Root() root: Report, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return reportLists.cases(ctx, root.id, args);
  }

  @FieldResolver(() => TopicConnection, { description: 'The topics of the report.' })
  topics(@Root() root: Report, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return reportLists.topics(ctx, root.id, args);
  }
}

export const ReportMutations = editingMutations({
  type: 'Report',
  field: 'report',
  Input: ReportInput,
  Payload: ReportPayload,
  create: { description: 'Creates a report as a draft (editors).', run: createReport },
  update: { description: 'Changes a report (editors).', run: updateReport },
});
