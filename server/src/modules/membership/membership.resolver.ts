import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId, encodeGlobalId } from '../../graphql/global-id.js';
import { withUserErrors } from '../../graphql/payload.js';
import { selects } from '../../graphql/selection.js';
import { authorize } from '../auth/auth.policy.js';
import { assertNotLimited, countFailure } from '../auth/rate-limits.js';
import { activeMembershipSql, activeMembershipWhere } from '../organisation/active-membership.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { OrganisationConnection } from '../organisation/organisation.types.js';
import { applyForMembership, approveApplication, declineApplication } from './application.commands.js';
import { ApplicationStatus, MembershipApplication } from './application.entity.js';
import { MembershipApplicationInput, RenewMembershipInput } from './membership.inputs.js';
import { membershipYearStanding } from './membership.queries.js';
import {
  ApplyForMembershipPayload,
  MemberOrganisationCount,
  MembershipApplicationConnection,
  MembershipYearStanding,
  RenewMembershipPayload,
  ReviewMembershipApplicationPayload,
} from './membership.types.js';
import { renewMembership } from './renewal.commands.js';

const applicationId = (id: string, argument: string) => decodeGlobalId(id, ['MembershipApplication'], argument).id;

@Resolver(() => MembershipApplication)
export class MembershipApplicationResolver {
  @FieldResolver(() => ID, { description: 'The application’s ID.' })
  id(@Root() root: MembershipApplication) {
    return encodeGlobalId('MembershipApplication', root.id);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation approval created.' })
  organisation(@Root() root: MembershipApplication, @Ctx() ctx: Context) {
    return root.organisation ? ctx.loaders.byId(Organisation).load(root.organisation.id) : null;
  }

  @Query(() => MembershipApplicationConnection, {
    description: 'Applications for membership, oldest first (platform admins).',
  })
  membershipApplications(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => ApplicationStatus, { nullable: true, description: 'Only applications in this state.' })
    status: ApplicationStatus | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    authorize(ctx.viewer, 'membership.applications');
    const where = status ? { status } : {};
    return paginate(
      ctx.em,
      MembershipApplication,
      where,
      { createdAt: 'asc', id: 'asc' },
      args,
      selects(info, 'totalCount'),
    );
  }

  @Mutation(() => ApplyForMembershipPayload, {
    description:
      'An organisation applies for membership (anyone; no sign-in). The CVR and EAN/GLN numbers are checked by their check digits; the forum’s administrators then approve or decline.',
  })
  async applyForMembership(
    @Arg('input', () => MembershipApplicationInput, {
      description: 'The organisation, its invoicing details and contact.',
    })
    input: MembershipApplicationInput,
    @Ctx() ctx: Context,
  ) {
    await assertNotLimited(ctx.limits.membershipApplications, ctx.http.address);
    return withUserErrors(async () => {
      const application = await applyForMembership({ em: ctx.em, input });
      await countFailure(ctx.limits.membershipApplications, ctx.http.address);
      return { application };
    });
  }

  @Mutation(() => ReviewMembershipApplicationPayload, {
    description:
      'Approves an application (platform admins): creates the organisation, opens its first year with an invoice, and invites the contact person as its admin.',
  })
  approveMembershipApplication(
    @Arg('id', () => ID, { description: 'The application.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'An optional note kept with the decision.' })
    note: string | null,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.viewer, 'membership.review');
    const applicationKey = applicationId(id, 'id');
    return withUserErrors(() =>
      approveApplication({
        em: ctx.em,
        viewer: ctx.viewer,
        id: applicationKey,
        note,
        settings: ctx.settings.membership,
      }),
    );
  }

  @Mutation(() => ReviewMembershipApplicationPayload, {
    description: 'Declines an application with a reason (platform admins).',
  })
  async declineMembershipApplication(
    @Arg('id', () => ID, { description: 'The application.' }) id: string,
    @Arg('reason', () => String, { description: 'Why; the applicant is told.' }) reason: string,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.viewer, 'membership.review');
    const applicationKey = applicationId(id, 'id');
    return withUserErrors(async () => ({
      application: await declineApplication({ em: ctx.em, viewer: ctx.viewer, id: applicationKey, reason }),
    }));
  }
}

@Resolver()
export class MembershipYearResolver {
  @Query(() => OrganisationConnection, {
    description: 'The forum’s member organisations: those with an active membership this year, by name (public).',
  })
  memberOrganisations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('kind', () => OrganisationKind, { nullable: true, description: 'Only organisations of this kind.' })
    kind: OrganisationKind | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = { memberships: activeMembershipWhere(), ...(kind ? { kind } : {}) };
    return paginate(ctx.em, Organisation, where, { name: 'asc', id: 'asc' }, args, selects(info, 'totalCount'));
  }

  @Query(() => [MemberOrganisationCount], {
    description: 'How many organisations of each kind have an active membership this year (public); largest first.',
  })
  async memberOrganisationCounts(@Ctx() ctx: Context) {
    const active = activeMembershipSql('o.id');
    const rows = await ctx.em.execute<{ kind: OrganisationKind; count: string }[]>(
      `select o.kind, count(*) as count from organisation o where ${active.sql}
        group by o.kind order by count(*) desc, o.kind`,
      active.params,
    );
    return rows.map((row) => ({ kind: row.kind, count: Number(row.count) }));
  }

  @Query(() => MembershipYearStanding, {
    nullable: true,
    description:
      'Where your organisation’s membership stands: this year, the coming year and renewal; null when not signed in.',
  })
  myMembershipYear(@Ctx() ctx: Context) {
    // Null for anonymous visitors rather than an error: the app asks on every page to show the renewal notice.
    return membershipYearStanding({ em: ctx.em, viewer: ctx.viewer, settings: ctx.settings.membership });
  }

  @Mutation(() => RenewMembershipPayload, {
    description:
      'Renews an organisation’s membership (its admins, or platform admins): opens the coming year (or this year, after a lapse) with an invoice.',
  })
  async renewMembership(
    @Arg('input', () => RenewMembershipInput, {
      description: 'The organisation, and invoicing details if none are on record.',
    })
    input: RenewMembershipInput,
    @Ctx() ctx: Context,
  ) {
    const organisationId = decodeGlobalId(input.organisationId, ['Organisation'], 'input.organisationId').id;
    authorize(ctx.viewer, 'membership.renew', { organisationId });
    return withUserErrors(() =>
      renewMembership({
        em: ctx.em,
        viewer: ctx.viewer,
        organisationId,
        billing: input.billing ?? null,
        settings: ctx.settings.membership,
      }),
    );
  }
}
