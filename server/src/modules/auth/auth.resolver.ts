import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId, GlobalIdError } from '../../graphql/global-id.js';
import { UserInputProblem, withUserErrors } from '../../graphql/payload.js';
import { nestedConnection } from '../content/nested.js';
import { Member } from '../member/member.entity.js';
import {
  acceptInvitation,
  createApiToken,
  inviteMember,
  removeMember,
  revokeApiToken,
  signIn,
  signOut,
} from './auth.commands.js';
import { ApiToken, TokenScope } from './auth.entities.js';
import { AcceptInvitationInput, CreateApiTokenInput, InviteMemberInput, SignInInput } from './auth.inputs.js';
import {
  ApiTokenConnection,
  AuthMethod,
  CreateApiTokenPayload,
  InviteMemberPayload,
  RemoveMemberPayload,
  RevokeApiTokenPayload,
  SignInPayload,
  SignOutPayload,
  ViewerInfo,
} from './auth.types.js';

@Resolver(() => ViewerInfo)
export class AuthResolver {
  @Query(() => ViewerInfo, { nullable: true, description: 'Who you are: null when not signed in.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo | null> {
    const { viewer } = ctx;
    if (viewer.kind !== 'member') return null;
    const member = await ctx.loaders.byId(Member).load(viewer.memberId);
    if (!member) return null;
    return {
      member,
      role: viewer.role,
      activeMembership: viewer.activeMembership,
      authenticatedWith: viewer.via.kind === 'session' ? AuthMethod.SESSION : AuthMethod.TOKEN,
      scopes: viewer.via.kind === 'session' ? [TokenScope.READ, TokenScope.WRITE] : viewer.via.scopes,
    };
  }

  @FieldResolver(() => ApiTokenConnection, { description: 'Your API tokens, newest first (revoked ones included).' })
  apiTokens(@Root() root: ViewerInfo, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: ApiToken, back: 'member', parentId: root.member.id, args });
  }

  @Mutation(() => SignInPayload, { description: 'Signs in with email and password and sets the session cookie.' })
  signIn(
    @Arg('input', () => SignInInput, { description: 'Email and password.' }) input: SignInInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => {
      const { member, sessionSecret } = await signIn({
        em: ctx.em,
        limits: ctx.limits,
        email: input.email,
        password: input.password,
        address: ctx.http.address,
      });
      ctx.http.setSessionCookie(sessionSecret);
      return { member };
    });
  }

  @Mutation(() => SignOutPayload, { description: 'Ends this browser session.' })
  async signOut(@Ctx() ctx: Context): Promise<SignOutPayload> {
    const endedSessions = await signOut({ em: ctx.em, viewer: ctx.viewer, everywhere: false });
    ctx.http.clearSessionCookie();
    return { endedSessions };
  }

  @Mutation(() => SignOutPayload, { description: 'Ends every session of yours, on every device.' })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<SignOutPayload> {
    const endedSessions = await signOut({ em: ctx.em, viewer: ctx.viewer, everywhere: true });
    ctx.http.clearSessionCookie();
    return { endedSessions };
  }

  @Mutation(() => InviteMemberPayload, {
    description: 'Invites a person to your organisation (org admins and admins).',
  })
  inviteMember(
    @Arg('input', () => InviteMemberInput, { description: 'Who to invite.' }) input: InviteMemberInput,
    @Ctx() ctx: Context,
  ) {
    const notEmailed = { emailed: false };
    // A malformed organisation ID is a user error like any other here, so the payload keeps its `emailed`.
    return withUserErrors(async () => {
      let organisationId: string;
      try {
        organisationId = decodeGlobalId(input.organisation, ['Organisation'], 'organisation').id;
      } catch (error) {
        if (!(error instanceof GlobalIdError)) throw error;
        throw UserInputProblem.of('input.organisation', error.message, 'INVALID');
      }
      const { invitation, secret } = await inviteMember({ em: ctx.em, viewer: ctx.viewer, organisationId, input });
      return { invitationSecret: secret, expiresAt: invitation.expiresAt, emailed: true };
    }).then((payload) => ({ ...notEmailed, ...payload }));
  }

  @Mutation(() => SignInPayload, {
    description: 'Accepts an invitation: sets your name and password and signs you in.',
  })
  acceptInvitation(
    @Arg('input', () => AcceptInvitationInput, { description: 'The invitation secret, your name and a password.' })
    input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => {
      const { member, sessionSecret } = await acceptInvitation({ em: ctx.em, secret: input.secret, input });
      ctx.http.setSessionCookie(sessionSecret);
      return { member };
    });
  }

  @Mutation(() => CreateApiTokenPayload, {
    description: 'Creates a personal API token; its secret is returned only this once.',
  })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput, { description: 'The token’s name, scopes and lifetime.' })
    input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(() => createApiToken({ em: ctx.em, viewer: ctx.viewer, input }));
  }

  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes one of your API tokens; it stops working at once.' })
  revokeApiToken(@Arg('id', () => ID, { description: 'The token’s ID.' }) id: string, @Ctx() ctx: Context) {
    const tokenId = decodeGlobalId(id, ['ApiToken']).id;
    return withUserErrors(async () => ({ token: await revokeApiToken({ em: ctx.em, viewer: ctx.viewer, tokenId }) }));
  }

  @Mutation(() => RemoveMemberPayload, {
    description: 'Removes a person who left your organisation (org admins and admins).',
  })
  removeMember(@Arg('id', () => ID, { description: 'The member’s ID.' }) id: string, @Ctx() ctx: Context) {
    const memberId = decodeGlobalId(id, ['Member']).id;
    return withUserErrors(async () => ({ member: await removeMember({ em: ctx.em, viewer: ctx.viewer, memberId }) }));
  }
}
