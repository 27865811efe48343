import { Field, InputType } from 'type-graphql';
import { DigestFrequency } from '../member/member.entity.js';
import { MailLanguage } from './mail.types.js';

@InputType({ description: 'Changes to your email settings; fields left out stay as they are.' })
export class UpdateEmailSettingsInput {
  @Field(() => MailLanguage, { nullable: true, description: 'The language of your emails.' })
  language?: MailLanguage | null;

  @Field(() => DigestFrequency, { nullable: true, description: 'How often your digest is emailed.' })
  digestFrequency?: DigestFrequency | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether your notifications are also emailed.' })
  notificationsByEmail?: boolean | null;
}
@InputType({ description: 'The email address of the account whose password was forgotten.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'The email you sign in with.' })
  email!: string;
}
@InputType({ description: 'The secret from a password reset link and the new password.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The secret from the link in the email.' })
  token!: string;

  @Field(() => String, { description: 'The new password: the same rules as when the account was made.' })
  newPassword!: string;
}
