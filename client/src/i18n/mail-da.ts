/** Email in Danish: forgotten password, email settings, invitations sent by email. */
export const daMail = {
  forgot: {
    link: 'Glemt adgangskode?',
    title: 'Glemt adgangskode',
    intro:
      'Skriv den e-mail, du logger ind med. Hvis den hører til en konto, sender vi et link, hvor du kan vælge en ny adgangskode.',
    submit: 'Send link',
    sent: (email: string) =>
      `Hvis ${email} hører til en konto på Vidensbro, er der nu sendt en mail med et link. Linket virker i en time. Kig også i spam-mappen.`,
    back: 'Tilbage til log ind',
  },
  reset: {
    title: 'Vælg ny adgangskode',
    intro: 'Vælg en ny adgangskode til din konto. Bagefter bliver du logget ud alle steder og logger ind med den nye.',
    password: 'Ny adgangskode',
    hint: 'Mindst 10 tegn. Nogle få ord uden sammenhæng giver en stærk adgangskode.',
    submit: 'Gem ny adgangskode',
    done: 'Din adgangskode er skiftet. Log ind med den nye.',
    expired: 'Linket virker ikke længere: det er brugt eller udløbet. Bed om et nyt.',
    again: 'Bed om et nyt link',
    signIn: 'Log ind',
  },
  settings: {
    title: 'Mails',
    intro: 'Vælg, hvad Vidensbro sender dig på mail, og på hvilket sprog.',
    language: 'Sprog i mails',
    da: 'Dansk',
    en: 'Engelsk',
    digest: 'Overblik over nyt til dig',
    DAILY: 'Dagligt',
    WEEKLY: 'Ugentligt',
    NEVER: 'Aldrig',
    notifications: 'Send også mine notifikationer på mail',
    save: 'Gem mailindstillinger',
    saved: 'Dine mailindstillinger er gemt.',
  },
  invite: {
    intro:
      'Vi sender en invitation på mail. Du får også linket, så du selv kan sende det. Det virker én gang og udløber.',
    emailed: (email: string, until: string) =>
      `Invitationen er sendt på mail til ${email}. Du kan også kopiere linket og sende det selv. Det vises kun nu og virker til ${until}.`,
  },
};
