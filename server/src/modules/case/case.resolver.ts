import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { readPage, readSingle } from '../../graphql/read/root.js';
import { readableWhere } from '../content/content.policy.js';
import { editingMutations } from '../content/editing.resolver.js';
import { nestedLists, references } from '../content/nested.js';
import { Method } from '../method/method.entity.js';
import { MethodConnection } from '../method/method.types.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Report } from '../report/report.entity.js';
import { ReportConnection } from '../report/report.types.js';
import { Topic } from '../topic/topic.entity.js';
import { TopicConnection } from '../topic/topic.types.js';
import { createCase, updateCase } from './case.commands.js';
import { Case } from './case.entity.js';
import { CaseFilter, CaseInput, CaseOrder } from './case.inputs.js';
import { caseOrder, caseWhere } from './case.queries.js';
import { CaseConnection, CasePayload } from './case.types.js';

const lists = nestedLists(Case, {
  topics: { child: Topic, back: 'cases' },
  methods: { child: Method, back: 'cases' },
  reports: { child: Report, back: 'cases' },
});
const refs = references(Case, { organisation: { target: Organisation, property: 'organisation' } });

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, { description: 'Practice examples, filtered and sorted.' })
  async cases(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CaseFilter, { nullable: true, description: 'Conditions every item must meet.' })
    filter: CaseFilter | null,
    @Arg('orderBy', () => CaseOrder, { nullable: true, description: 'How to sort the items.' })
    orderBy: CaseOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = await caseWhere({ em: ctx.em, viewer: ctx.viewer, filter, orderBy });
    return readPage(ctx, info, Case, where, caseOrder(orderBy), args);
  }

  @Query(() => Case, { nullable: true, description: 'A practice example by its slug.' })
  case(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readSingle(ctx, info, Case, { $and: [{ slug }, readableWhere<Case>(ctx.viewer)] });
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the example comes from.' })
  organisation(@Root() root: Case, @Ctx() ctx: Context) {
    return refs.organisation(ctx, root);
  }

  @FieldResolver(() => TopicConnection, { description: 'The topics the example is filed under.' })
  topics(@Root() root: Case, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return lists.topics(ctx, root.id, args);
  }

  @FieldResolver(() => MethodConnection, { description: 'The methods used, strongest evidence first.' })
  methods(@Root() root: Case, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return lists.methods(ctx, root.id, args);
  }

  @FieldResolver(() => ReportConnection, { description: 'Reports that feature this example.' })
  reports(@Root() root: Case, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return lists.reports(ctx, root.id, args);
  }
}

export const CaseMutations = editingMutations({
  type: 'Case',
  field: 'case',
  Input: CaseInput,
  Payload: CasePayload,
  create: {
    description: 'Creates a case as a draft: editors for any organisation, members as a proposal from their own.',
    run: createCase,
  },
  update: { description: 'Changes a case (editors; members their own organisation’s drafts).', run: updateCase },
});
