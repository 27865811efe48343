import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { payloadType, withUserErrors } from '../../graphql/payload.js';
import { can } from '../auth/auth.policy.js';
import { readableWhere } from '../content/content.policy.js';
import { Method } from '../method/method.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { RESEARCH_KINDS, claimGap, followGap, withdrawGapClaim } from './gap.commands.js';
import { KnowledgeGapClaimInput, KnowledgeGapFilter } from './gap.inputs.js';
import { knowledgeGaps } from './gap.queries.js';
import { KnowledgeGap, KnowledgeGapClaim, KnowledgeGapConnection } from './gap.types.js';

export const KnowledgeGapPayload = payloadType(KnowledgeGap, 'gap', {
  name: 'KnowledgeGapPayload',
  description: 'The gap after the change (null once it has closed or when you may not read it).',
  fieldDescription: 'The gap.',
});

@Resolver(() => KnowledgeGap)
export class KnowledgeGapResolver {
  @Query(() => KnowledgeGapConnection, {
    description:
      'The gap map: methods, topics and target groups where the evidence is thin, computed from what you may read; ' +
      'most practice first within each kind. Pages forwards (`first`, `after`).',
  })
  knowledgeGaps(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => KnowledgeGapFilter, { nullable: true, description: 'Which gaps to show.' })
    filter: KnowledgeGapFilter | null,
    @Ctx() ctx: Context,
  ) {
    return knowledgeGaps({ em: ctx.em, viewer: ctx.viewer, filter, args });
  }

  @FieldResolver(() => Method, { nullable: true, description: 'The method, for METHOD_EVIDENCE gaps.' })
  method(@Root() gap: KnowledgeGap, @Ctx() ctx: Context) {
    return gap.methodId ? ctx.loaders.byId(Method, readableWhere<Method>(ctx.viewer)).load(gap.methodId) : null;
  }

  @FieldResolver(() => Topic, { nullable: true, description: 'The topic, for TOPIC_WITHOUT_STUDY gaps.' })
  topic(@Root() gap: KnowledgeGap, @Ctx() ctx: Context) {
    return gap.topicId ? ctx.loaders.byId(Topic).load(gap.topicId) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may mark the gap "we are studying this" (or withdraw your organisation’s mark): members of ' +
      'research institutes and university colleges with an active membership.',
  })
  async viewerCanMarkStudied(@Ctx() ctx: Context): Promise<boolean> {
    const { viewer } = ctx;
    if (viewer.kind !== 'member') return false;
    // The same rule as markKnowledgeGapStudied, through the loader so a page of gaps reads the organisation once.
    const organisation = await ctx.loaders.byId(Organisation).load(viewer.organisationId);
    return can(viewer, 'gap.claim', { researcher: !!organisation && RESEARCH_KINDS.includes(organisation.kind) });
  }

  @Mutation(() => KnowledgeGapPayload, {
    description: 'Follows a knowledge gap, or stops following it: followers hear when results arrive (members).',
  })
  followKnowledgeGap(
    @Arg('gap', () => ID, { description: 'The gap’s ID.' }) gap: string,
    @Arg('following', () => Boolean, { description: 'True to follow, false to stop.' }) following: boolean,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({ gap: await followGap({ em: ctx.em, viewer: ctx.viewer, gap, following }) }));
  }

  @Mutation(() => KnowledgeGapPayload, {
    description:
      'Marks a gap "we are studying this" for your organisation, with a contact and when results are expected ' +
      '(members of research institutes and university colleges); marking again updates it.',
  })
  markKnowledgeGapStudied(
    @Arg('gap', () => ID, { description: 'The gap’s ID.' }) gap: string,
    @Arg('input', () => KnowledgeGapClaimInput, { description: 'Contact and expected date.' })
    input: KnowledgeGapClaimInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({ gap: await claimGap({ em: ctx.em, viewer: ctx.viewer, gap, input }) }));
  }

  @Mutation(() => KnowledgeGapPayload, { description: 'Withdraws your organisation’s "we are studying this".' })
  unmarkKnowledgeGapStudied(@Arg('gap', () => ID, { description: 'The gap’s ID.' }) gap: string, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({ gap: await withdrawGapClaim({ em: ctx.em, viewer: ctx.viewer, gap }) }));
  }
}

@Resolver(() => KnowledgeGapClaim)
export class KnowledgeGapClaimResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation studying the gap.' })
  organisation(@Root() claim: KnowledgeGapClaim, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Organisation).load(claim.organisationId);
  }
}
