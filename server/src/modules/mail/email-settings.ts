import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Member, type DigestFrequency } from '../member/member.entity.js';
import { MailLanguage, type EmailSettings } from './mail.types.js';

export function emailSettingsOf(member: Member): EmailSettings {
  return {
    language: member.language === 'en' ? MailLanguage.EN : MailLanguage.DA,
    digestFrequency: member.digestFrequency,
    notificationsByEmail: member.emailNotifications,
  };
}

/** Changes the viewer's own email settings (a write: sessions and WRITE tokens). */
export async function updateEmailSettings(props: {
  em: EntityManager;
  viewer: Viewer;
  input: {
    language?: MailLanguage | null;
    digestFrequency?: DigestFrequency | null;
    notificationsByEmail?: boolean | null;
  };
}): Promise<EmailSettings> {
  const { em, viewer, input } = props;
  authorize(viewer, 'account.edit');
  const member = await em.findOneOrFail(Member, { id: viewer.memberId, deactivatedAt: null });
  if (input.language) member.language = input.language === MailLanguage.EN ? 'en' : 'da';
  if (input.digestFrequency) member.digestFrequency = input.digestFrequency;
  if (typeof input.notificationsByEmail === 'boolean') member.emailNotifications = input.notificationsByEmail;
  await em.flush();
  return emailSettingsOf(member);
}
