/** The methods texts every page needs (the link beside each verdict), in Danish; the rest is in methods-pages-da.ts. */
export const daMethods = {
  howWeRate: {
    link: 'Sådan vurderer vi',
  },
};
