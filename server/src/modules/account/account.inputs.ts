import { Field, InputType } from 'type-graphql';
import { NotificationKind } from '../notification/notification.entity.js';

@InputType({ description: 'Your name and job title as other members see them.' })
export class UpdateProfileInput {
  @Field(() => String, { description: 'Your name (1–200 characters).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Your job title, e.g. "Sagsbehandler"; null or empty removes it.',
  })
  title?: string | null;
}
@InputType({ description: 'Your current password and the new one.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password you signed in with.' })
  currentPassword!: string;

  @Field(() => String, {
    description: 'The new password: the same rules as when the account was made (10–200 characters).',
  })
  newPassword!: string;
}
@InputType({ description: 'Turns one kind of notification on or off.' })
export class NotificationSettingInput {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind!: NotificationKind;

  @Field(() => Boolean, { description: 'Whether you want it.' })
  enabled!: boolean;
}
@InputType({ description: 'Changes to your notification settings; kinds left out stay as they are.' })
export class UpdateNotificationSettingsInput {
  @Field(() => [NotificationSettingInput], { description: 'The kinds to turn on or off (at most one entry each).' })
  settings!: NotificationSettingInput[];
}
