import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/payload.js';
import { Member } from '../member/member.entity.js';
import { NotificationKind } from '../notification/notification.entity.js';

@ObjectType({ description: 'Whether you are notified of one kind of event.' })
export class NotificationSetting {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind!: NotificationKind;

  @Field(() => Boolean, { description: 'Whether you get it.' })
  enabled!: boolean;

  @Field(() => Boolean, {
    description: 'Whether you may turn it off (a confirmed seat from the waiting list is always told).',
  })
  optional!: boolean;
}

@ObjectType({ description: 'Your profile after the change, or why not.' })
export class UpdateProfilePayload {
  @Field(() => Member, { nullable: true, description: 'You, changed; null when nothing was changed.' })
  member!: Member | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Whether the password was changed, or why not.' })
export class ChangePasswordPayload {
  @Field(() => Boolean, { description: 'True when the password was changed.' })
  changed!: boolean;

  @Field(() => Int, {
    description: 'How many other sign-ins were ended: a changed password signs out every other browser.',
  })
  endedSessions!: number;

  @Field(() => [UserError], {
    description: 'Problems: INVALID_CREDENTIALS for a wrong current password, INVALID for a weak new one.',
  })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Your notification settings after the change, or why not.' })
export class UpdateNotificationSettingsPayload {
  @Field(() => [NotificationSetting], { nullable: true, description: 'Every kind and whether you get it.' })
  notificationSettings!: NotificationSetting[] | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
