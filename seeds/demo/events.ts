import type { SeedEvent, SeedWorkshop } from './types.js';

/** One past network meeting (autumn 2026) and the upcoming forum meeting (March 2027). */
export const events: SeedEvent[] = [
  {
    slug: 'netvaerksmoede-2026-overgange-og-eftervaern',
    kind: 'NETWORK_MEETING',
    title: 'Netværksmøde: Overgange og efterværn',
    theme: 'Overgange og efterværn',
    description: `Hvordan sikrer vi, at anbragte børn og unge ikke mister fodfæstet, når de skifter plejefamilie, skole eller fylder 18 år?

Netværksmødet samler kommuner, plejefamilieorganisationer, opholdssteder og forskere om konkrete erfaringer med overgange. Formiddagen byder på to oplæg, og eftermiddagen er sat af til workshops, hvor deltagerne arbejder med egne sager og procedurer.`,
    startsAt: '2026-10-08T10:00:00+02:00',
    endsAt: '2026-10-08T15:30:00+02:00',
    venue: 'Mødecenter, Aarhus',
    city: 'Aarhus',
    topics: ['overgange', 'eftervaern', 'sammenbrud-i-anbringelser'],
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'forummoede-2027-laering-og-trivsel',
    kind: 'FORUM_MEETING',
    title: 'Forummøde: Læring og trivsel i plejefamilien',
    theme: 'Læring og trivsel i plejefamilien',
    description: `Børn i plejefamilier klarer sig i gennemsnit markant dårligere i skolen end deres jævnaldrende – men vi ved også, at plejefamilien kan gøre en stor forskel.

På forummødet ser vi på, hvordan læring og trivsel hænger sammen, og hvad plejefamilier, skoler, kommuner og civilsamfund kan gøre sammen. Dagen byder på tre oplæg om læsning og lektier i plejefamilien, skoleteams og traumebevidst praksis, efterfulgt af workshops. Forud for mødet udgiver Vidensbro en rapport med tendenser og praksiseksempler fra medlemmerne.`,
    startsAt: '2027-03-11T09:30:00+01:00',
    endsAt: '2027-03-11T16:00:00+01:00',
    venue: 'Konferencecenter, Odense',
    city: 'Odense',
    topics: ['laering', 'trivsel', 'plejefamilien', 'stoette-til-plejeforaeldre'],
    isExample: true,
    visibility: 'PUBLIC',
  },
];

/** Workshops; each works with one talk (see talks.ts). */
export const workshops: SeedWorkshop[] = [
  {
    slug: 'workshop-eftervaernsplan-fra-16-aar',
    event: 'netvaerksmoede-2026-overgange-og-eftervaern',
    talk: 'naar-18-aarsdagen-naermer-sig',
    title: 'Efterværnsplanen starter ved 16 år',
    description:
      'Deltagerne gennemgår deres egne procedurer for overgangen til voksenlivet og laver en tidslinje fra 16 til 23 år med ansvar, møder og den unges egne mål.',
    facilitator: 'Line Damgaard',
    room: 'Lokale A',
    startsAt: '2026-10-08T13:00:00+02:00',
    durationMinutes: 90,
    capacity: 30,
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'workshop-tidlige-tegn-paa-sammenbrud',
    event: 'netvaerksmoede-2026-overgange-og-eftervaern',
    talk: 'overgange-uden-brud',
    title: 'Tidlige tegn på sammenbrud – og hvad vi gør ved dem',
    description:
      'Med udgangspunkt i anonymiserede forløb arbejder deltagerne med faste spørgsmål til nye plejefamilier og aftaler om, hvornår der skal sættes ekstra støtte ind.',
    facilitator: 'Peter Friis',
    room: 'Lokale B',
    startsAt: '2026-10-08T13:00:00+02:00',
    durationMinutes: 90,
    capacity: 25,
    isExample: true,
    visibility: 'MEMBERS',
  },
  {
    slug: 'workshop-parlaesning-i-praksis',
    event: 'forummoede-2027-laering-og-trivsel',
    talk: 'naar-plejefamilien-bliver-laeringsmiljoe',
    title: 'Parlæsning og bogpakker i praksis',
    description:
      'Deltagerne prøver parlæsning i par, ser eksempler på bogpakker og drøfter, hvordan kommuner og foreninger kan introducere metoderne for plejefamilier.',
    facilitator: 'Mette Holm',
    room: 'Sal 1',
    startsAt: '2027-03-11T13:45:00+01:00',
    durationMinutes: 75,
    capacity: 40,
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'workshop-byg-jeres-eget-skoleteam',
    event: 'forummoede-2027-laering-og-trivsel',
    talk: 'skoleteam-og-hoeje-forventninger',
    title: 'Byg jeres eget skoleteam',
    description:
      'Hvilke fagpersoner skal med, hvordan følges der op, og hvem har ansvaret? Deltagerne skitserer en model for et skoleteam, der passer til deres egen kommune.',
    facilitator: 'Jonas Lund',
    room: 'Sal 2',
    startsAt: '2027-03-11T13:45:00+01:00',
    durationMinutes: 75,
    capacity: 30,
    isExample: true,
    visibility: 'PUBLIC',
  },
  {
    slug: 'workshop-traumebevidst-hverdag',
    event: 'forummoede-2027-laering-og-trivsel',
    talk: 'trivsel-foerst-traumer-relationer-og-laering',
    title: 'En traumebevidst hverdag i plejefamilien og skolen',
    description:
      'Deltagerne arbejder med konkrete hverdagssituationer – morgenen, lektierne, frikvarteret – og hvordan plejefamilie og skole kan skabe forudsigelighed og ro sammen.',
    facilitator: 'Anders Bech',
    room: 'Sal 3',
    startsAt: '2027-03-11T13:45:00+01:00',
    durationMinutes: 75,
    capacity: 35,
    isExample: true,
    visibility: 'PUBLIC',
  },
];
