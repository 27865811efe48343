import type { daMethods } from './methods-da';

/** The methods texts every page needs, in English. */
export const enMethods: typeof daMethods = {
  howWeRate: {
    link: 'How we rate',
  },
};
