import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { encodeGlobalId } from '../../graphql/global-id.js';
import { withUserErrors } from '../../graphql/payload.js';
import { selects } from '../../graphql/selection.js';
import { can } from '../auth/auth.policy.js';
import { ViewerInfo } from '../auth/auth.types.js';
import { readableWhere } from '../content/content.policy.js';
import { nestedConnection } from '../content/nested.js';
import { Workshop } from '../event/event.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { featureOutput, recordOutput } from './output.commands.js';
import { WorkshopOutput } from './output.entity.js';
import { WorkshopOutputFilter, WorkshopOutputInput } from './output.inputs.js';
import { outputWhere } from './output.queries.js';
import { WorkshopOutputConnection, WorkshopOutputPayload } from './output.types.js';

/** Outputs are for members: everyone else gets an empty list rather than an error, like other member lists. */
function outputs(ctx: Context, args: ConnectionArgs, filter: WorkshopOutputFilter | null, info: GraphQLResolveInfo) {
  const where = can(ctx.viewer, 'output.read')
    ? outputWhere(filter, readableWhere<Workshop>(ctx.viewer))
    : { id: null };
  return paginate(ctx.em, WorkshopOutput, where, { createdAt: 'desc', id: 'desc' }, args, selects(info, 'totalCount'));
}

@Resolver(() => WorkshopOutput)
export class WorkshopOutputResolver {
  @Query(() => WorkshopOutputConnection, {
    description: 'Workshop outputs, newest first (members; empty for others).',
  })
  workshopOutputs(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => WorkshopOutputFilter, { nullable: true, description: 'Conditions every item must meet.' })
    filter: WorkshopOutputFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return outputs(ctx, args, filter, info);
  }

  @FieldResolver(() => Workshop, { nullable: true, description: 'The workshop it came from.' })
  workshop(@Root() root: WorkshopOutput, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Workshop, readableWhere<Workshop>(ctx.viewer)).load(root.workshop.id);
  }

  @FieldResolver(() => Talk, { nullable: true, description: 'The talk it is about.' })
  talk(@Root() root: WorkshopOutput, @Ctx() ctx: Context) {
    return root.talk ? ctx.loaders.byId(Talk, readableWhere<Talk>(ctx.viewer)).load(root.talk.id) : null;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation whose context it describes.' })
  organisation(@Root() root: WorkshopOutput, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Organisation).load(root.organisation.id);
  }

  @Mutation(() => WorkshopOutputPayload, {
    description: 'Records what a group from your organisation took from a workshop (once it has begun).',
  })
  recordWorkshopOutput(
    @Arg('input', () => WorkshopOutputInput, { description: 'The output.' }) input: WorkshopOutputInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({ output: await recordOutput({ em: ctx.em, viewer: ctx.viewer, input }) }));
  }

  @Mutation(() => WorkshopOutputPayload, { description: 'Features or unfeatures a workshop output (editors).' })
  featureWorkshopOutput(
    @Arg('id', () => ID, { description: 'The output’s ID.' }) id: string,
    @Arg('featured', () => Boolean, { defaultValue: true, description: 'True to feature, false to stop.' })
    featured: boolean,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      output: await featureOutput({ em: ctx.em, viewer: ctx.viewer, id, featured }),
    }));
  }
}

@Resolver(() => Workshop)
export class WorkshopOutputsFieldResolver {
  @FieldResolver(() => WorkshopOutputConnection, { description: 'What groups took from the workshop (members).' })
  outputs(@Root() root: Workshop, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    // One statement for every workshop on the page; the workshop itself is already readable.
    const where = can(ctx.viewer, 'output.read') ? {} : { id: null };
    return nestedConnection(ctx, { child: WorkshopOutput, back: 'workshop', parentId: root.id, args, where });
  }
}

@Resolver(() => Talk)
export class TalkOutputsFieldResolver {
  @FieldResolver(() => WorkshopOutputConnection, { description: 'What workshop groups took from the talk (members).' })
  workshopOutputs(@Root() root: Talk, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    const where = can(ctx.viewer, 'output.read') ? { workshop: readableWhere<Workshop>(ctx.viewer) } : { id: null };
    return nestedConnection(ctx, { child: WorkshopOutput, back: 'talk', parentId: root.id, args, where });
  }
}

@Resolver(() => ViewerInfo)
export class ViewerOutputsResolver {
  @FieldResolver(() => WorkshopOutputConnection, { description: 'Your organisation’s workshop outputs, newest first.' })
  organisationOutputs(
    @Root() root: ViewerInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return outputs(ctx, args, { organisation: encodeGlobalId('Organisation', root.member.organisation.id) }, info);
  }
}
