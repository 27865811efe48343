import { namespace } from './index';
import { daHowWeRate } from './how-we-rate-da';

/** The "how we rate" page: loaded with that page only. */
export const howWeRateTexts = namespace('howWeRatePage', daHowWeRate, () =>
  import('./how-we-rate-en').then((m) => m.enHowWeRate),
);
