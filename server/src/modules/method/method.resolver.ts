import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { readPage, readSingle } from '../../graphql/read/root.js';
import { Case } from '../case/case.entity.js';
import { CaseConnection } from '../case/case.types.js';
import { readableWhere } from '../content/content.policy.js';
import { editingMutations } from '../content/editing.resolver.js';
import { nestedLists } from '../content/nested.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { EvidenceRatingConnection, EvidenceVerdict, StudyConnection } from '../evidence/evidence.types.js';
import { Study } from '../evidence/study.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { TalkConnection } from '../talk/talk.types.js';
import { Topic } from '../topic/topic.entity.js';
import { TopicConnection } from '../topic/topic.types.js';
import { createMethod, updateMethod } from './method.commands.js';
import { Method } from './method.entity.js';
import { MethodFilter, MethodInput, MethodOrder } from './method.inputs.js';
import { methodOrder, methodWhere } from './method.queries.js';
import { MethodConnection, MethodPayload } from './method.types.js';

const methodLists = nestedLists(Method, {
  evidenceRatings: { child: EvidenceRating, back: 'method' },
  studies: { child: Study, back: 'methods' },
  cases: { child: Case, back: 'methods' },
  talks: { child: Talk, back: 'methods' },
  topics: { child: Topic, back: 'methods' },
});

@Resolver(() => Method)
export class MethodResolver {
  @Query(() => MethodConnection, { description: 'Methods (interventions), filtered and sorted.' })
  async methods(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => MethodFilter, { nullable: true, description: 'Conditions every item must meet.' })
    filter: MethodFilter | null,
    @Arg('orderBy', () => MethodOrder, { nullable: true, description: 'How to sort the items.' })
    orderBy: MethodOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = await methodWhere({ em: ctx.em, viewer: ctx.viewer, filter, orderBy });
    return readPage(ctx, info, Method, where, methodOrder(orderBy), args);
  }

  @Query(() => Method, { nullable: true, description: 'A method by its slug.' })
  method(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readSingle(ctx, info, Method, { $and: [{ slug }, readableWhere<Method>(ctx.viewer)] });
  }

  @FieldResolver(() => EvidenceVerdict, {
    description:
      'Vidensbro’s editorial verdict on the evidence, with how many of the schemes agree: lead with this, not with ' +
      'any single scheme’s rating.',
  })
  evidenceVerdict(@Root() root: Method): EvidenceVerdict {
    return {
      strength: root.verdictStrength,
      scheme: root.verdictScheme,
      agreeing: root.verdictAgreeing,
      total: root.verdictTotal,
    };
  }

  @FieldResolver(() => EvidenceRatingConnection, {
    description: 'Every rating of the method, on every scheme, newest first.',
  })
  evidenceRatings(@Root() root: Method, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return methodLists.evidenceRatings(ctx, root.id, args);
  }

  @FieldResolver(() => StudyConnection, { description: 'Studies of the method, newest first.' })
  studies(@Root() root: Method, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return methodLists.studies(ctx, root.id, args);
  }

  @FieldResolver(() => CaseConnection, { description: 'Practice examples that use the method, newest first.' })
  cases(@Root() root: Method, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return methodLists.cases(ctx, root.id, args);
  }

  @FieldResolver(() => TalkConnection, { description: 'Talks about the method.' })
  talks(@Root() root: Method, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return methodLists.talks(ctx, root.id, args);
  }

  @FieldResolver(() => TopicConnection, { description: 'The topics the method is filed under.' })
  topics(@Root() root: Method, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return methodLists.topics(ctx, root.id, args);
  }
}

export const MethodMutations = editingMutations({
  type: 'Method',
  field: 'method',
  Input: MethodInput,
  Payload: MethodPayload,
  create: { description: 'Creates a method as a draft (editors).', run: createMethod },
  update: { description: 'Changes a method (editors).', run: updateMethod },
});
