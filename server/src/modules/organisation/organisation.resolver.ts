import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import { CaseConnection, MembershipConnection, OrganisationConnection } from '../../graphql/connections.js';
import type { Context } from '../../graphql/context.js';
import { selects } from '../../graphql/selection.js';
import { Case } from '../case/case.entity.js';
import { nestedConnection } from '../content/nested.js';
import { Membership, MembershipStatus, Organisation, OrganisationKind } from './organisation.entity.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'The forum’s organisations, by name.' })
  organisations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
    kind: OrganisationKind | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return paginate(
      ctx.em,
      Organisation,
      kind ? { kind } : {},
      { name: 'asc', id: 'asc' },
      args,
      selects(info, 'totalCount'),
    );
  }

  @Query(() => Organisation, { nullable: true, description: 'An organisation by its slug.' })
  organisation(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.findOne(Organisation, { slug });
  }

  @FieldResolver(() => MembershipConnection, { description: 'The organisation’s yearly memberships, newest first.' })
  memberships(@Root() root: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Membership, back: 'organisation', parentId: root.id, args });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the organisation has an active membership this year.' })
  async isActiveMember(@Root() root: Organisation, @Ctx() ctx: Context) {
    const year = new Date().getUTCFullYear();
    const membership = await ctx.loaders.byReference(Membership, 'organisation', { year }).load(root.id);
    return membership?.status === MembershipStatus.ACTIVE;
  }

  @FieldResolver(() => CaseConnection, { description: 'Practice examples from the organisation, newest first.' })
  cases(@Root() root: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Case, back: 'organisation', parentId: root.id, args });
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation, { description: 'The member organisation.' })
  organisation(@Root() root: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Organisation).load(root.organisation.id);
  }
}
