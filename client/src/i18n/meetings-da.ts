/** The meeting cycle's words every page needs (the member menu, notifications), in Danish; the rest is in
 * meetings-pages-da.ts and loads with the pages that show it. */
export const daMeetings = {
  meetings: {
    nav: {
      menu: 'Menu for din konto',
      myMeetings: 'Mine møder',
      digest: 'Nyt til dig',
    },
    notification: {
      aMeeting: 'et møde',
    },
  },
};
