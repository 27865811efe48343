import type { daMeetings } from './meetings-da';

/** The meeting cycle's words every page needs, in English. */
export const enMeetings: typeof daMeetings = {
  meetings: {
    nav: {
      menu: 'Your account menu',
      myMeetings: 'My meetings',
      digest: 'New for you',
    },
    notification: {
      aMeeting: 'a meeting',
    },
  },
};
