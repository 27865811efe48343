import type { SeedOrganisation } from './types.js';

const FEE = 5000;

/** Two membership years; `lapsed2026` marks an organisation that did not renew for 2026. */
function memberships(lapsed2026 = false): SeedOrganisation['memberships'] {
  return [
    { year: 2025, feeDkk: FEE, status: 'ACTIVE' },
    { year: 2026, feeDkk: FEE, status: lapsed2026 ? 'LAPSED' : 'ACTIVE' },
  ];
}

/**
 * Real national bodies are described factually and briefly in our own words (isExample=false).
 * All municipalities, the region, the providers and the company are invented (isExample=true).
 * Membership rows are demo data for the forum; they say nothing about real organisations' actual memberships.
 */
export const organisations: SeedOrganisation[] = [
  // --- Fictional municipalities -------------------------------------------------------------
  {
    slug: 'fjordby-kommune',
    name: 'Fjordby Kommune',
    kind: 'MUNICIPALITY',
    description:
      'Fiktiv mellemstor kommune ved en fjord med omkring 60.000 indbyggere. Familieafdelingen har et særligt fokus på anbragte børns skolegang og har et fast samarbejde mellem plejefamiliekonsulenter og skolernes AKT-vejledere.',
    city: 'Fjordby',
    isExample: true,
    memberships: memberships(),
  },
  {
    slug: 'egeskov-kommune',
    name: 'Egeskov Kommune',
    kind: 'MUNICIPALITY',
    description:
      'Fiktiv landkommune med mange netværksplejefamilier. Kommunen arbejder med familierådslagning og har opbygget et korps af frivillige mentorer til anbragte unge.',
    city: 'Egeskov',
    isExample: true,
    memberships: memberships(),
  },
  {
    slug: 'noerreaa-kommune',
    name: 'Nørreå Kommune',
    kind: 'MUNICIPALITY',
    description:
      'Fiktiv større bykommune med et eget familieplejeteam og et tværfagligt efterværnsteam for unge mellem 18 og 23 år.',
    city: 'Nørreå',
    isExample: true,
    memberships: memberships(),
  },
  {
    slug: 'bakkeby-kommune',
    name: 'Bakkeby Kommune',
    kind: 'MUNICIPALITY',
    description:
      'Fiktiv lille kommune, der deler familieplejekonsulenter med to nabokommuner og afprøver nye måder at matche børn og plejefamilier på.',
    city: 'Bakkeby',
    isExample: true,
    memberships: memberships(),
  },
  // --- Fictional region ---------------------------------------------------------------------
  {
    slug: 'region-vestkyst',
    name: 'Region Vestkyst',
    kind: 'REGION',
    description:
      'Fiktiv region, der driver børne- og ungdomspsykiatri og et regionalt udviklingsnetværk om traumebevidst praksis for anbragte børn.',
    city: 'Vestkysten',
    isExample: true,
    memberships: memberships(true),
  },
  // --- Real national bodies (described in our own words) ------------------------------------
  {
    slug: 'social-og-boligstyrelsen',
    name: 'Social- og Boligstyrelsen',
    kind: 'STATE_AGENCY',
    description:
      'Statslig styrelse, der blandt andet samler og formidler viden om metoder på det sociale område og rådgiver kommuner om indsatser for udsatte børn og unge. Styrelsen står bag Vidensportalen på det sociale område.',
    website: 'https://www.sbst.dk',
    city: 'Odense',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'vive',
    name: 'VIVE – Det Nationale Forsknings- og Analysecenter for Velfærd',
    kind: 'RESEARCH_INSTITUTE',
    description:
      'Uafhængigt nationalt forsknings- og analysecenter, der blandt andet forsker i forhold for udsatte børn og unge, herunder anbragte børns skolegang og trivsel. Centret blev dannet ved en sammenlægning af SFI og KORA.',
    website: 'https://www.vive.dk',
    city: 'København',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'dpu-aarhus-universitet',
    name: 'DPU – Danmarks institut for Pædagogik og Uddannelse, Aarhus Universitet',
    kind: 'RESEARCH_INSTITUTE',
    description:
      'Universitetsinstitut med forskning og uddannelse inden for pædagogik, didaktik og uddannelsesforskning, herunder forskning i udsatte børns skolegang og læring.',
    website: 'https://dpu.au.dk',
    city: 'København',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'via-university-college',
    name: 'VIA University College',
    kind: 'UNIVERSITY_COLLEGE',
    description:
      'Professionshøjskole i Region Midtjylland, der uddanner blandt andet socialrådgivere, pædagoger og lærere og driver anvendt forskning og efter- og videreuddannelse for fagprofessionelle.',
    website: 'https://www.via.dk',
    city: 'Aarhus',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'egmont-fonden',
    name: 'Egmont Fonden',
    kind: 'FOUNDATION',
    description:
      'Almennyttig fond, der støtter projekter og organisationer, som arbejder for at styrke børn og unges læring og trivsel – særligt børn og unge i udsatte positioner.',
    website: 'https://www.egmontfonden.dk',
    city: 'København',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'laer-for-livet',
    name: 'Lær for Livet',
    kind: 'NGO',
    description:
      'Almennyttig organisation, der arbejder for at styrke anbragte børns læring, selvtillid og trivsel, blandt andet gennem frivillige mentorer og læringsforløb.',
    website: 'https://www.laerforlivet.dk',
    city: 'København',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'boerns-vilkaar',
    name: 'Børns Vilkår',
    kind: 'NGO',
    description:
      'Landsdækkende børnesagsorganisation, der blandt andet driver BørneTelefonen og arbejder politisk og fagligt for at styrke børns rettigheder og vilkår, også for anbragte børn.',
    website: 'https://bornsvilkar.dk',
    city: 'København',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'red-barnet',
    name: 'Red Barnet',
    kind: 'NGO',
    description:
      'Den danske del af den internationale børnerettighedsorganisation Save the Children. Arbejder i Danmark blandt andet med udsatte børns trivsel, rettigheder og fællesskaber.',
    website: 'https://redbarnet.dk',
    city: 'København',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'sos-boernebyerne',
    name: 'SOS Børnebyerne',
    kind: 'NGO',
    description:
      'Den danske afdeling af en international organisation, der arbejder for børn, som har mistet eller risikerer at miste omsorgen fra deres forældre.',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'kl',
    name: 'KL – Kommunernes Landsforening',
    kind: 'INTEREST_ORGANISATION',
    description:
      'Interesse- og medlemsorganisation for de danske kommuner, der blandt andet rådgiver kommunerne og forhandler med staten på det specialiserede børne- og ungeområde.',
    website: 'https://www.kl.dk',
    city: 'København',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'danske-regioner',
    name: 'Danske Regioner',
    kind: 'INTEREST_ORGANISATION',
    description:
      'Interesseorganisation for de fem danske regioner, som blandt andet varetager regionernes interesser på sundheds- og psykiatriområdet, herunder børne- og ungdomspsykiatrien.',
    website: 'https://www.regioner.dk',
    city: 'København',
    isExample: false,
    memberships: memberships(),
  },
  {
    slug: 'landsforeningen-af-opholdssteder',
    name: 'LOS – Landsforeningen af Opholdssteder, Botilbud og Skolebehandlingstilbud',
    kind: 'INTEREST_ORGANISATION',
    description:
      'Landsforening for private sociale tilbud, herunder opholdssteder og skolebehandlingstilbud, som arbejder med faglig udvikling og interessevaretagelse for medlemmerne.',
    website: 'https://www.los.dk',
    isExample: false,
    memberships: memberships(),
  },
  // --- Fictional NGO, providers and company ---------------------------------------------------
  {
    slug: 'foreningen-lektiebroen',
    name: 'Foreningen Lektiebroen',
    kind: 'NGO',
    description:
      'Fiktiv frivillig forening, hvor studerende giver lektiehjælp og læsemakkerskab til børn i plejefamilier – både hjemme hos familien og online.',
    city: 'Nørreå',
    isExample: true,
    memberships: memberships(),
  },
  {
    slug: 'opholdsstedet-lindely',
    name: 'Opholdsstedet Lindely',
    kind: 'SERVICE_PROVIDER',
    description:
      'Fiktivt opholdssted med intern skole for otte børn og unge i alderen 10–17 år. Arbejder traumebevidst og med tæt forældresamarbejde.',
    city: 'Egeskov',
    isExample: true,
    memberships: memberships(),
  },
  {
    slug: 'familieplejen-vestkyst',
    name: 'Familieplejen Vestkyst',
    kind: 'SERVICE_PROVIDER',
    description:
      'Fiktiv privat familieplejeorganisation, der rekrutterer, uddanner og superviserer forstærkede og specialiserede plejefamilier for flere kommuner.',
    city: 'Vestkysten',
    isExample: true,
    memberships: memberships(),
  },
  {
    slug: 'laeringsbro-aps',
    name: 'Læringsbro ApS',
    kind: 'PRIVATE_COMPANY',
    description:
      'Fiktiv konsulentvirksomhed, der udvikler læringsforløb og kompetenceudvikling om skolegang for anbragte børn til kommuner og plejefamilier.',
    city: 'Aarhus',
    isExample: true,
    memberships: memberships(true),
  },
];
