import { namespace } from './index';
import { daMembershipPages } from './membership-pages-da';

/** The membership pages: loaded with those pages only. */
export const membershipTexts = namespace('membershipPages', daMembershipPages, () =>
  import('./membership-pages-en').then((m) => m.enMembershipPages),
);
