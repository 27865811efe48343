/** The membership year's links in Danish (in every page: footer and staff menu). */
export const daMembership = {
  membership: {
    nav: { apply: 'Bliv medlem', members: 'Medlemmer', admin: 'Medlemskaber' },
  },
};
