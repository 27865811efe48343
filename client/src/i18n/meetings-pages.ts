import { namespace } from './index';
import { daMeetingsPages } from './meetings-pages-da';

/** The meeting cycle's pages (registration, briefings, outputs, share links, your meetings, digest). */
export const meetingsTexts = namespace('meetingsPages', daMeetingsPages, () =>
  import('./meetings-pages-en').then((m) => m.enMeetingsPages),
);
