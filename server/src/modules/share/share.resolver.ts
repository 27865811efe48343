import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withUserErrors } from '../../graphql/payload.js';
import { ViewerInfo } from '../auth/auth.types.js';
import { readableWhere, sharableWhere } from '../content/content.policy.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { createShareLink, openShareLink, revokeShareLink } from './share.commands.js';
import { ShareLink, SharedItem } from './share.entity.js';
import { CreateShareLinkInput } from './share.inputs.js';
import { CreateShareLinkPayload, ShareLinkPayload } from './share.types.js';

@Resolver(() => ShareLink)
export class ShareLinkResolver {
  @Query(() => SharedItem, {
    description:
      'Opens a share link: the one talk or report it names, read-only, for anyone holding the secret. NOT_FOUND when the link is unknown, revoked or expired, or while the item is narrowed to its organisation, unpublished or deleted (checked each time the link is opened).',
  })
  sharedItem(
    @Arg('secret', () => String, { description: 'The secret from the link.' }) secret: string,
    @Ctx() ctx: Context,
  ) {
    return openShareLink({ em: ctx.em, secret });
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the link works now: not revoked, not expired, and the item still published and not narrowed to its organisation.',
  })
  async active(@Root() root: ShareLink, @Ctx() ctx: Context): Promise<boolean> {
    if (!root.active) return false;
    const item =
      root.subjectType === 'Talk'
        ? await ctx.loaders.byId(Talk, sharableWhere<Talk>()).load(root.subjectId)
        : await ctx.loaders.byId(Report, sharableWhere<Report>()).load(root.subjectId);
    return item !== null;
  }

  @FieldResolver(() => SharedItem, { nullable: true, description: 'What the link opens (null if you may not see it).' })
  item(@Root() root: ShareLink, @Ctx() ctx: Context) {
    return root.subjectType === 'Talk'
      ? ctx.loaders.byId(Talk, readableWhere<Talk>(ctx.viewer)).load(root.subjectId)
      : ctx.loaders.byId(Report, readableWhere<Report>(ctx.viewer)).load(root.subjectId);
  }

  @Mutation(() => CreateShareLinkPayload, {
    description:
      'Creates a link that lets a non-member read one members-only talk or report (members). Public items need no link.',
  })
  createShareLink(
    @Arg('input', () => CreateShareLinkInput, { description: 'What to share.' }) input: CreateShareLinkInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => {
      const { link, secret } = await createShareLink({
        em: ctx.em,
        viewer: ctx.viewer,
        itemId: input.itemId,
        expiresAt: input.expiresAt ?? null,
      });
      return { shareLink: link, secret, path: `/shared/${secret}` };
    });
  }

  @Mutation(() => ShareLinkPayload, { description: 'Revokes a share link at once (its maker or an editor).' })
  revokeShareLink(@Arg('id', () => ID, { description: 'The link’s ID.' }) id: string, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({ shareLink: await revokeShareLink({ em: ctx.em, viewer: ctx.viewer, id }) }));
  }
}

@Resolver(() => ViewerInfo)
export class ViewerShareLinksResolver {
  @FieldResolver(() => [ShareLink], { description: 'The share links you made, newest first (at most 100).' })
  shareLinks(@Root() root: ViewerInfo, @Ctx() ctx: Context) {
    return ctx.em.find(ShareLink, { createdBy: root.member.id }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }
}
