import type { GraphQLResolveInfo } from 'graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem, withUserErrors } from '../../graphql/payload.js';
import { selects } from '../../graphql/selection.js';
import { authorize } from '../auth/auth.policy.js';
import { Case } from '../case/case.entity.js';
import { CaseConnection } from '../case/case.types.js';
import { ContentItemConnection } from '../content/content.types.js';
import { Member } from '../member/member.entity.js';
import { deleteMemberData } from './my-data.commands.js';
import { exportMemberData } from './my-data.queries.js';
import { DeleteAccountPayload } from './my-data.types.js';
import { staleDrafts, staleDraftsWhere } from './retention.js';

@Resolver()
export class MyDataResolver {
  @Query(() => JSONObjectResolver, { description: 'Everything Vidensbro holds about you, as JSON (secrets excluded).' })
  exportMyData(@Ctx() ctx: Context) {
    authorize(ctx.viewer, 'account.self');
    return exportMemberData(ctx.em, ctx.viewer);
  }

  @Query(() => ContentItemConnection, {
    description:
      'Unpublished content of every type nobody has touched for DRAFT_RETENTION_MONTHS (default 12), oldest change first: publish, update or delete it. Your organisation’s drafts; all drafts for editors.',
  })
  staleContent(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    authorize(ctx.viewer, 'account.self');
    return staleDrafts({
      em: ctx.em,
      viewer: ctx.viewer,
      months: ctx.settings.draftRetentionMonths,
      args,
      withCount: selects(info, 'totalCount'),
    });
  }

  // Kept as it was for integrators already using it; staleContent answers the same question for every type.
  @Query(() => CaseConnection, {
    description:
      'Unpublished cases nobody has touched for DRAFT_RETENTION_MONTHS (default 12): publish, update or delete them. Your organisation’s drafts; all drafts for editors.',
    deprecationReason: 'Use staleContent, which lists stale drafts of every content type.',
  })
  staleDrafts(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    authorize(ctx.viewer, 'account.self');
    const where = staleDraftsWhere<Case>(ctx.viewer, ctx.settings.draftRetentionMonths);
    return paginate(ctx.em, Case, where, { updatedAt: 'asc', id: 'asc' }, args, selects(info, 'totalCount'));
  }

  @Mutation(() => DeleteAccountPayload, {
    description: 'Deletes your account. Your comments stay, shown as "Tidligere medlem". Type your email to confirm.',
  })
  deleteMyAccount(
    @Arg('confirmEmail', () => String, { description: 'Your email address, to confirm.' }) confirmEmail: string,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.viewer, 'token.manage');
    const viewer = ctx.viewer;
    return withUserErrors(async () => {
      const member = await ctx.em.findOneOrFail(Member, viewer.memberId);
      if (confirmEmail.trim().toLowerCase() !== member.email)
        throw UserInputProblem.of('confirmEmail', 'Type the email address you sign in with to confirm.', 'INVALID');
      await deleteMemberData({ em: ctx.em, viewer, memberId: viewer.memberId, self: true });
      ctx.http.clearSessionCookie();
      return { deleted: true };
    });
  }

  @Mutation(() => DeleteAccountPayload, {
    description:
      'Deletes the account of a person who left your organisation, as deleteMyAccount would (org admins and admins).',
  })
  deleteMember(@Arg('id', () => ID, { description: 'The member.' }) id: string, @Ctx() ctx: Context) {
    const memberId = decodeGlobalId(id, ['Member']).id;
    return withUserErrors(async () => {
      await deleteMemberData({ em: ctx.em, viewer: ctx.viewer, memberId, self: false });
      return { deleted: true };
    });
  }
}
