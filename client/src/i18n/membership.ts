import { daMembershipPages } from './membership-pages-da';
import { enMembershipPages } from './membership-pages-en';
import { useI18n } from './index';

/** The membership pages' texts in the interface language (loaded with those pages, not with every page). */
export function useMembershipText() {
  const { locale } = useI18n();
  return () => (locale() === 'da' ? daMembershipPages : enMembershipPages);
}
