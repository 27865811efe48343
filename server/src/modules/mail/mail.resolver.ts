import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withUserErrors } from '../../graphql/payload.js';
import { authorize } from '../auth/auth.policy.js';
import { ViewerInfo } from '../auth/auth.types.js';
import { Member } from '../member/member.entity.js';
import { requestPasswordReset, resetPassword, updateEmailSettings } from './mail.commands.js';
import { RequestPasswordResetInput, ResetPasswordInput, UpdateEmailSettingsInput } from './mail.inputs.js';
import { emailSettingsOf } from './mail.queries.js';
import {
  EmailSettings,
  RequestPasswordResetPayload,
  ResetPasswordPayload,
  UpdateEmailSettingsPayload,
} from './mail.types.js';

/** Email: forgotten passwords, and what each member wants emailed. */
@Resolver(() => ViewerInfo)
export class MailResolver {
  @FieldResolver(() => EmailSettings, { description: 'What Vidensbro emails you, and in which language.' })
  async emailSettings(@Ctx() ctx: Context): Promise<EmailSettings | null> {
    authorize(ctx.viewer, 'account.self');
    const member = await ctx.loaders.byId(Member).load(ctx.viewer.memberId);
    return member ? emailSettingsOf(member) : null;
  }

  @Mutation(() => UpdateEmailSettingsPayload, {
    description: 'Changes what Vidensbro emails you (needs the WRITE scope with a token).',
  })
  updateEmailSettings(
    @Arg('input', () => UpdateEmailSettingsInput, { description: 'The settings to change.' })
    input: UpdateEmailSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      emailSettings: await updateEmailSettings({ em: ctx.em, viewer: ctx.viewer, input }),
    }));
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'Emails a link to choose a new password, when the address belongs to an account. Answers the same either way; limited per address and per email (RATE_LIMITED).',
  })
  requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput, { description: 'The email of the account.' })
    input: RequestPasswordResetInput,
    @Ctx() ctx: Context,
  ) {
    const notTaken = { accepted: false };
    return withUserErrors(async () => {
      await requestPasswordReset({ em: ctx.em, limits: ctx.limits, address: ctx.http.address, email: input.email });
      return { accepted: true };
    }).then((payload) => ({ ...notTaken, ...payload }));
  }

  @Mutation(() => ResetPasswordPayload, {
    description:
      'Sets a new password with the secret from a reset link; the link then stops working and every sign-in ends.',
  })
  resetPassword(
    @Arg('input', () => ResetPasswordInput, { description: 'The link’s secret and the new password.' })
    input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ) {
    const refused = { reset: false, endedSessions: 0 };
    return withUserErrors(async () => {
      const { endedSessions } = await resetPassword({
        em: ctx.em,
        token: input.token,
        newPassword: input.newPassword,
      });
      ctx.http.clearSessionCookie();
      return { reset: true, endedSessions };
    }).then((payload) => ({ ...refused, ...payload }));
  }
}
