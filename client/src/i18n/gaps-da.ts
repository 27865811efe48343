/** The gap map and following, in Danish. */
export const daGaps = {
  gaps: {
    title: 'Videnshuller',
    lead: 'Hvor evidensen er tynd, er der en invitation til forskning: metoder uden vurdering eller med C/D på Vidensportalens dimensioner, emner med mange praksiseksempler men ingen undersøgelse, og målgrupper hvor ingen har målt effekten.',
    kind: {
      METHOD_EVIDENCE: 'Metode med tynd evidens',
      TOPIC_WITHOUT_STUDY: 'Emne uden undersøgelse',
      UNMEASURED_OUTCOME: 'Effekt ikke målt',
    },
    allKinds: 'Alle slags',
    filterLabel: 'Vis',
    count: (n: number) => (n === 1 ? '1 videnshul' : `${n} videnshuller`),
    cases: (n: number) => (n === 1 ? '1 praksiseksempel' : `${n} praksiseksempler`),
    unrated: 'Ikke vurderet',
    weak: 'Svage dimensioner:',
    dimension: {
      TARGET_GROUP: 'målgruppe',
      METHOD: 'metode',
      IMPLEMENTATION: 'implementering',
      EFFECT: 'effekt',
      ECONOMY: 'økonomi',
    },
    studiedBy: 'Undersøges af',
    expected: (date: string) => `resultater ventes ${date}`,
    none: 'Ingen videnshuller her.',
    followHint: 'Få besked, når der kommer resultater',
    claim: {
      mark: 'Vi undersøger dette',
      markSuffix: (label: string) => `: ${label}`,
      formTitle: (label: string) => `Vi undersøger: ${label}`,
      contact: 'Kontakt',
      contactHint: 'Navn, e-mailadresse eller begge',
      expectedOn: 'Resultater ventes',
      expectedOnHint: 'I dag eller senere',
      note: 'Note (valgfri)',
      required: 'skal udfyldes',
      save: 'Gem markering',
      saving: 'Gemmer …',
      cancel: 'Annuller',
      errorTitle: 'Der er et problem',
      edit: 'Ret vores markering',
      withdraw: 'Træk vores markering tilbage',
      withdrawQuestion: 'Træk jeres markering af videnshullet tilbage?',
      withdrawConfirm: 'Ja, træk tilbage',
      saved: 'Markeringen er gemt: videnshullet viser nu, at I undersøger det.',
      withdrawn: 'Markeringen er trukket tilbage.',
    },
  },
  alerts: {
    grade: (g: { scheme: string; from: string; to: string; source: string }) =>
      `(${g.scheme}: ${g.from} → ${g.to}, kilde: ${g.source})`,
    new: 'ny',
  },
  follow: {
    follow: 'Følg',
    following: 'Følger',
    methodHint: 'Få besked, når metodens evidensvurdering ændres',
    topicHint: 'Få besked, når evidensvurderinger af metoder under emnet ændres',
  },
};

/** Texts for the notification kinds of alerts and gap results (spread into `notification`). */
export const daGapNotifications = {
  RATING_CHANGED: () => 'En evidensvurdering er tilføjet eller ændret for noget, du følger:',
  GAP_RESULTS: (publisher: string) => `Der er kommet resultater til et videnshul, du følger, fra ${publisher}:`,
};
