import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/payload.js';
import { DigestFrequency } from '../member/member.entity.js';

export enum MailLanguage {
  DA = 'DA',
  EN = 'EN',
}
registerEnumType(MailLanguage, {
  name: 'MailLanguage',
  description: 'The language of the emails Vidensbro sends you.',
  valuesConfig: { DA: { description: 'Danish (the default).' }, EN: { description: 'English.' } },
});

@ObjectType({ description: 'What Vidensbro emails you, and in which language.' })
export class EmailSettings {
  @Field(() => MailLanguage, { description: 'The language of your emails (Danish unless you chose English).' })
  language!: MailLanguage;

  @Field(() => DigestFrequency, { description: 'How often your digest is emailed (weekly by default).' })
  digestFrequency!: DigestFrequency;

  @Field(() => Boolean, {
    description: 'Whether your notifications are also emailed (kinds you turned off never are).',
  })
  notificationsByEmail!: boolean;
}

@ObjectType({ description: 'Your email settings after the change, or why not.' })
export class UpdateEmailSettingsPayload {
  @Field(() => EmailSettings, { nullable: true, description: 'Your email settings; null when nothing changed.' })
  emailSettings!: EmailSettings | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({
  description:
    'The same answer whether or not the email belongs to an account: when it does, a link to choose a new password is on its way.',
})
export class RequestPasswordResetPayload {
  @Field(() => Boolean, { description: 'True when the request was taken (not whether the account exists).' })
  accepted!: boolean;

  @Field(() => [UserError], {
    description: 'Problems with the input (INVALID for a malformed email); empty otherwise.',
  })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Whether the password was reset, or why not.' })
export class ResetPasswordPayload {
  @Field(() => Boolean, { description: 'True when the new password is set; sign in with it.' })
  reset!: boolean;

  @Field(() => Int, { description: 'How many sign-ins were ended: a reset signs out every browser.' })
  endedSessions!: number;

  @Field(() => [UserError], {
    description: 'Problems: EXPIRED for a used, expired or unknown link; INVALID for a weak password.',
  })
  userErrors!: UserError[];
}
