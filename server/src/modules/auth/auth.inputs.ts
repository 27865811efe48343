import { Field, ID, InputType, Int } from 'type-graphql';
import { MemberRole } from '../member/member.entity.js';
import { TokenScope } from './auth.entities.js';

@InputType({ description: 'Email and password.' })
export class SignInInput {
  @Field(() => String, { description: 'The email address the invitation was sent to.' })
  email!: string;

  @Field(() => String, { description: 'The password.' })
  password!: string;
}
@InputType({ description: 'Who to invite, and with which role.' })
export class InviteMemberInput {
  @Field(() => ID, { description: 'The organisation they join (an org admin can only invite to their own).' })
  organisation!: string;

  @Field(() => String, { description: 'Their email address.' })
  email!: string;

  @Field(() => MemberRole, {
    defaultValue: MemberRole.MEMBER,
    description: 'Their role (EDITOR and ADMIN only by platform admins).',
  })
  role!: MemberRole;
}
@InputType({ description: 'Accepting an invitation: the secret from the link, a name and a password.' })
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The secret from the invitation link.' })
  secret!: string;

  @Field(() => String, { description: 'Your name as others will see it.' })
  name!: string;

  @Field(() => String, { description: 'A password of at least 10 characters.' })
  password!: string;
}
@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, e.g. "Intranet integration".' })
  name!: string;

  @Field(() => [TokenScope], { description: 'What it may do.' })
  scopes!: TokenScope[];

  @Field(() => Int, { nullable: true, description: 'Days until it expires; never when left out.' })
  expiresInDays?: number | null;
}
