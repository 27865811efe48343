import { daMail } from './mail-da';
import { enMail } from './mail-en';
import { useI18n } from './index';

/** Email texts (forgotten password, email settings, invitations) in the interface language, loaded with the pages
 * that use them rather than with every page. */
export function useMailText() {
  const { locale } = useI18n();
  return () => (locale() === 'da' ? daMail : enMail);
}
