import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { UserError } from '../../graphql/payload.js';
import { Member, MemberRole } from '../member/member.entity.js';
import { ApiToken, TokenScope } from './auth.entities.js';

export enum AuthMethod {
  SESSION = 'SESSION',
  TOKEN = 'TOKEN',
}
registerEnumType(AuthMethod, {
  name: 'AuthMethod',
  description: 'How the current request was authenticated.',
  valuesConfig: {
    SESSION: { description: 'A browser session (signed in with a password).' },
    TOKEN: { description: 'A personal API token.' },
  },
});

@ObjectType('Viewer', { description: 'The signed-in member making this request.' })
export class ViewerInfo {
  @Field(() => Member, { description: 'The member.' })
  member!: Member;

  @Field(() => MemberRole, { description: 'The member’s role.' })
  role!: MemberRole;

  @Field(() => Boolean, {
    description: 'Whether the member’s organisation has an active membership this year (member rights depend on it).',
  })
  activeMembership!: boolean;

  @Field(() => AuthMethod, { description: 'How this request was authenticated.' })
  authenticatedWith!: AuthMethod;

  @Field(() => [TokenScope], {
    description: 'What this request may do: both scopes for a session, the token’s scopes otherwise.',
  })
  scopes!: TokenScope[];
}

@ObjectType({ description: 'The result of signing in: the member, or why not.' })
export class SignInPayload {
  @Field(() => Member, { nullable: true, description: 'The signed-in member.' })
  member?: Member | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of signing out.' })
export class SignOutPayload {
  @Field(() => Int, { description: 'How many sessions were ended.' })
  endedSessions!: number;
}

@ObjectType({ description: 'A sent invitation. Give the person the secret (in a link); it is shown only now.' })
export class InviteMemberPayload {
  @Field(() => String, {
    nullable: true,
    description: 'The single-use invitation secret, for the link /invitation/<secret>.',
  })
  invitationSecret?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the invitation stops working.' })
  expiresAt?: Date | null;

  @Field(() => Boolean, {
    description: 'True when the invitation link is on its way by email to the invited address.',
  })
  emailed!: boolean;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'A new API token. Copy the secret now: it is never shown again.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token’s details.' })
  token?: ApiToken | null;

  @Field(() => String, { nullable: true, description: 'The secret to send as "Authorization: Bearer <secret>".' })
  secret?: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The revoked token.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token, now revoked.' })
  token?: ApiToken | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The removed member.' })
export class RemoveMemberPayload {
  @Field(() => Member, { nullable: true, description: 'The member, who can no longer sign in.' })
  member?: Member | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

export const ApiTokenConnection = connectionType(ApiToken, 'ApiToken', 'A page of API tokens.');
