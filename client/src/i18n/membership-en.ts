import type { daMembership } from './membership-da';

/** The membership year's links in English. */
export const enMembership: typeof daMembership = {
  membership: {
    nav: { apply: 'Become a member', members: 'Members', admin: 'Memberships' },
  },
};
