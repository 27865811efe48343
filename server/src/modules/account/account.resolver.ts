import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withUserErrors } from '../../graphql/payload.js';
import { authorize } from '../auth/auth.policy.js';
import { ViewerInfo } from '../auth/auth.types.js';
import { Member } from '../member/member.entity.js';
import {
  changePassword,
  notificationSettingsOf,
  updateNotificationSettings,
  updateProfile,
} from './account.commands.js';
import { ChangePasswordInput, UpdateNotificationSettingsInput, UpdateProfileInput } from './account.inputs.js';
import {
  ChangePasswordPayload,
  NotificationSetting,
  UpdateNotificationSettingsPayload,
  UpdateProfilePayload,
} from './account.types.js';

/** The member's own account settings: name and title, password, and which notifications they get. */
@Resolver(() => ViewerInfo)
export class AccountResolver {
  @FieldResolver(() => [NotificationSetting], { description: 'Every kind of notification and whether you get it.' })
  async notificationSettings(@Ctx() ctx: Context): Promise<NotificationSetting[]> {
    authorize(ctx.viewer, 'account.self');
    const member = await ctx.loaders.byId(Member).load(ctx.viewer.memberId);
    return member ? notificationSettingsOf(member) : [];
  }

  @Mutation(() => UpdateProfilePayload, {
    description: 'Changes your name and job title as other members see them (needs the WRITE scope with a token).',
  })
  updateProfile(
    @Arg('input', () => UpdateProfileInput, { description: 'Your name and title.' }) input: UpdateProfileInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({ member: await updateProfile({ em: ctx.em, viewer: ctx.viewer, input }) }));
  }

  @Mutation(() => ChangePasswordPayload, {
    description:
      'Changes your password, given the current one; signs out every other browser. Only when signed in with a ' +
      'password (an API token cannot).',
  })
  changePassword(
    @Arg('input', () => ChangePasswordInput, { description: 'The current and the new password.' })
    input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ) {
    const refused = { changed: false, endedSessions: 0 };
    return withUserErrors(async () => ({
      changed: true,
      ...(await changePassword({
        em: ctx.em,
        viewer: ctx.viewer,
        limits: ctx.limits,
        address: ctx.http.address,
        input,
      })),
    })).then((payload) => ({ ...refused, ...payload }));
  }

  @Mutation(() => UpdateNotificationSettingsPayload, {
    description: 'Turns kinds of notification on or off for you (needs the WRITE scope with a token).',
  })
  updateNotificationSettings(
    @Arg('input', () => UpdateNotificationSettingsInput, { description: 'The kinds to change.' })
    input: UpdateNotificationSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      notificationSettings: await updateNotificationSettings({ em: ctx.em, viewer: ctx.viewer, input }),
    }));
  }
}
