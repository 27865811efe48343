import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { readPage } from '../../graphql/read/root.js';
import { Case } from '../case/case.entity.js';
import { CaseConnection } from '../case/case.types.js';
import { nestedLists, references } from '../content/nested.js';
import { isActiveMembership, membershipYear } from './active-membership.js';
import { Membership, Organisation, OrganisationKind } from './organisation.entity.js';
import { MembershipConnection, OrganisationConnection } from './organisation.types.js';

const organisationLists = nestedLists(Organisation, {
  memberships: { child: Membership, back: 'organisation' },
  cases: { child: Case, back: 'organisation' },
});

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
    return readPage(ctx, info, Organisation, kind ? { kind } : {}, { name: 'asc', id: 'asc' }, args);
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
    return organisationLists.memberships(ctx, root.id, args);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the organisation has an active membership this year.' })
  async isActiveMember(@Root() root: Organisation, @Ctx() ctx: Context) {
    const now = new Date();
    const membership = await ctx.loaders
      .byReference(Membership, 'organisation', { year: membershipYear(now) })
      .load(root.id);
    return isActiveMembership(membership, now);
  }

  @FieldResolver(() => CaseConnection, { description: 'Practice examples from the organisation, newest first.' })
  cases(@Root() root: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return organisationLists.cases(ctx, root.id, args);
  }
}

const membershipRefs = references(Membership, {
  organisation: { target: Organisation, property: 'organisation' },
});

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation, { description: 'The member organisation.' })
  organisation(@Root() root: Membership, @Ctx() ctx: Context) {
    return membershipRefs.organisation(ctx, root);
  }
}
