import { Member } from '../member/member.entity.js';
import { MailLanguage, type EmailSettings } from './mail.types.js';

export function emailSettingsOf(member: Member): EmailSettings {
  return {
    language: member.language === 'en' ? MailLanguage.EN : MailLanguage.DA,
    digestFrequency: member.digestFrequency,
    notificationsByEmail: member.emailNotifications,
  };
}
