import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { can } from '../auth/auth.policy.js';
import { nestedConnection } from '../content/nested.js';
import { audienceOf } from '../discussion/audience.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Member } from './member.entity.js';
import { MAX_MENTION_CANDIDATES, MAX_MENTION_SEARCH, mentionCandidates } from './member.queries.js';
import { MemberConnection } from './member.types.js';

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => [Member], {
    description:
      'Members you may @mention whose name contains what you typed (for the comment editor): active people of organisations with an active membership, not you; names starting with it first. Members with an active membership only.',
  })
  async mentionCandidates(
    @Arg('search', () => String, {
      description: `What has been typed after @: part of a name, 1 to ${MAX_MENTION_SEARCH} characters.`,
    })
    search: string,
    @Arg('first', () => Int, {
      defaultValue: 8,
      description: `How many candidates (at most ${MAX_MENTION_CANDIDATES}).`,
    })
    first: number,
    @Arg('about', () => ID, {
      nullable: true,
      description:
        'The thread being written in, or the item a new thread is about: only people who may read it are offered.',
    })
    about: string | null,
    @Ctx() ctx: Context,
  ) {
    const audience = about ? await audienceOf(ctx.em, ctx.viewer, about) : null;
    return mentionCandidates({ em: ctx.em, viewer: ctx.viewer, search, first, audience });
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the member speaks from.' })
  organisation(@Root() root: Member, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Organisation).load(root.organisation.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the person is part of the demo content: a fictional person in an example organisation. Shown as a ' +
      '"Demo" badge beside the name, never written into it.',
  })
  async isExample(@Root() root: Member, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.byId(Organisation).load(root.organisation.id))?.isExample ?? false;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The member’s email: visible to themself, their organisation’s admins and platform admins.',
  })
  email(@Root() root: Member, @Ctx() ctx: Context): string | null {
    return can(ctx.viewer, 'member.readEmail', { memberId: root.id, organisationId: root.organisation.id })
      ? root.email
      : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationMembersResolver {
  @FieldResolver(() => MemberConnection, {
    description:
      'The organisation’s people, by name (for signed-in members with an active membership; empty otherwise).',
  })
  members(@Root() root: Organisation, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    const where = can(ctx.viewer, 'member.list') ? { deactivatedAt: null } : { id: null };
    return nestedConnection(ctx, { child: Member, back: 'organisation', parentId: root.id, args, where });
  }
}
