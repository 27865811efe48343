import { organisations } from './organisations.js';
import type { SeedMethod, SeedMethodParty, SeedMethodPractice } from './types.js';

/**
 * Practical facts for the demo methods. Every price, duration, provider and municipality here is invented for the
 * demo (the municipalities and providers are the demo's fictional organisations), and the cost notes say so.
 */
const DEMO = 'Demotal – opdigtet til demoen.';
const lindely: SeedMethodParty = { organisation: 'opholdsstedet-lindely', note: 'Tilbyder forløb i Vestjylland.' };
const vestkyst: SeedMethodParty = { organisation: 'familieplejen-vestkyst', note: 'Uddanner egne plejefamilier.' };
const laeringsbro: SeedMethodParty = { organisation: 'laeringsbro-aps', note: 'Kurser og supervision.' };
const lektiebroen: SeedMethodParty = { organisation: 'foreningen-lektiebroen', note: 'Frivillige lektiehjælpere.' };
const town = (slug: string, since: number): SeedMethodParty => ({ organisation: slug, note: `Siden ${since}.` });

type Practice = Omit<SeedMethodPractice, 'costNote'> & { cost?: string };

const practices: Record<string, Practice> = {
  'treatment-foster-care-oregon': {
    settings: ['FOSTER_HOME', 'SCHOOL', 'OUTPATIENT'],
    cost: '650.000–800.000 kr. pr. barn for et forløb på 9–12 måneder, inkl. team og plejefamilie.',
    costDkk: 720_000,
    costUnit: 'PER_CHILD',
    trainingDuration: '5 dages teamuddannelse + ugentlig supervision i det første år',
    trainingCertifiedBy: 'Programejeren i USA via en dansk licenspartner',
    providers: [vestkyst, lindely],
    municipalities: [town('fjordby-kommune', 2021), town('egeskov-kommune', 2023)],
  },
  keep: {
    settings: ['FOSTER_HOME', 'GROUP'],
    cost: '35.000–45.000 kr. pr. gruppe med 8–10 plejefamilier over 16 uger.',
    costDkk: 40_000,
    costUnit: 'PER_GROUP',
    trainingDuration: '3 dages grunduddannelse for gruppeledere + supervision af første gruppe',
    trainingCertifiedBy: 'Nationalt KEEP-team (demo)',
    providers: [vestkyst, laeringsbro],
    municipalities: [town('bakkeby-kommune', 2022), town('noerreaa-kommune', 2024)],
  },
  'de-utrolige-aar': {
    settings: ['HOME', 'DAYCARE', 'SCHOOL', 'GROUP'],
    cost: '20.000–28.000 kr. pr. familie for et forældreforløb på 14–20 gange.',
    costDkk: 24_000,
    costUnit: 'PER_FAMILY',
    trainingDuration: '3 dages kursus + certificering på optagede gruppemøder',
    trainingCertifiedBy: 'Certificeret mentor under programmets licens',
    providers: [laeringsbro, lindely],
    municipalities: [town('fjordby-kommune', 2019), town('egeskov-kommune', 2020), town('bakkeby-kommune', 2022)],
  },
  pmto: {
    settings: ['HOME', 'OUTPATIENT', 'GROUP'],
    cost: '30.000–45.000 kr. pr. familie for 20–25 individuelle sessioner.',
    costDkk: 38_000,
    costUnit: 'PER_FAMILY',
    trainingDuration: '18 uddannelsesdage over 1½ år med løbende videosupervision',
    trainingCertifiedBy: 'Den danske PMTO-organisation (demo)',
    providers: [laeringsbro],
    municipalities: [town('noerreaa-kommune', 2018), town('fjordby-kommune', 2021)],
  },
  'multisystemisk-terapi': {
    settings: ['HOME', 'SCHOOL', 'COMMUNITY'],
    cost: '110.000–140.000 kr. pr. familie for 3–5 måneders intensivt forløb.',
    costDkk: 125_000,
    costUnit: 'PER_FAMILY',
    trainingDuration: '5 dages introduktion + ugentlig supervision og kvartalsvise boostere',
    trainingCertifiedBy: 'MST-licensgiver via en dansk partner',
    providers: [lindely],
    municipalities: [town('egeskov-kommune', 2017)],
  },
  familieraadslagning: {
    settings: ['HOME', 'COMMUNITY'],
    cost: '8.000–15.000 kr. pr. familie til koordinator og mødeudgifter.',
    costDkk: 12_000,
    costUnit: 'PER_FAMILY',
    trainingDuration: '2–3 dages koordinatoruddannelse',
    trainingCertifiedBy: 'Ingen formel certificering; kurser hos flere udbydere',
    providers: [vestkyst, { name: 'Netværkshuset Vestkyst', note: 'Uddanner koordinatorer.' }],
    municipalities: [town('bakkeby-kommune', 2016), town('fjordby-kommune', 2020), town('noerreaa-kommune', 2021)],
  },
  skolfam: {
    settings: ['SCHOOL', 'FOSTER_HOME'],
    cost: '25.000–35.000 kr. pr. barn for et toårigt forløb med skoleteamet.',
    costDkk: 30_000,
    costUnit: 'PER_CHILD',
    trainingDuration: '4 temadage for skoleteamet + netværksmøder',
    trainingCertifiedBy: 'Skolfam-netværket (demo)',
    providers: [laeringsbro],
    municipalities: [town('fjordby-kommune', 2022), town('egeskov-kommune', 2024)],
  },
  parlaesning: {
    settings: ['FOSTER_HOME', 'HOME', 'SCHOOL'],
    cost: '1.500–3.000 kr. pr. plejefamilie til bøger og en introduktion.',
    costDkk: 2_000,
    costUnit: 'PER_FAMILY',
    trainingDuration: 'En aftens introduktion for plejeforældre',
    trainingCertifiedBy: 'Ingen certificering',
    providers: [lektiebroen, vestkyst],
    municipalities: [town('noerreaa-kommune', 2023)],
  },
  'signs-of-safety': {
    settings: ['HOME', 'OUTPATIENT'],
    cost: '6.000–9.000 kr. pr. medarbejder til grundkursus og praksisgrupper.',
    costDkk: 7_500,
    costUnit: 'PER_PRACTITIONER',
    trainingDuration: '2 dages grundkursus + 5 dages videregående kursus',
    trainingCertifiedBy: 'Licenserede trænere (demo)',
    providers: [laeringsbro],
    municipalities: [town('egeskov-kommune', 2015), town('bakkeby-kommune', 2019)],
  },
  mentorordning: {
    settings: ['COMMUNITY', 'RESIDENTIAL'],
    cost: '15.000–25.000 kr. pr. ung om året til matchning og støtte af frivillige mentorer.',
    costDkk: 20_000,
    costUnit: 'PER_CHILD',
    trainingDuration: 'En dags mentorkursus + halvårlige mentortræf',
    trainingCertifiedBy: 'Ingen certificering',
    providers: [lektiebroen, lindely],
    municipalities: [town('fjordby-kommune', 2020)],
  },
};

/** A party linked to a demo organisation carries that organisation's name, as the editor would store it. */
function named(party: SeedMethodParty): SeedMethodParty {
  const org = organisations.find((o) => o.slug === party.organisation);
  if (party.organisation && !org) throw new Error(`Unknown demo organisation "${party.organisation}".`);
  return { ...party, name: party.name ?? org?.name };
}

/** The demo methods with their practical facts, where the demo has some. */
export function withPractice(methods: SeedMethod[]): SeedMethod[] {
  return methods.map((method) => {
    const practice = practices[method.slug];
    if (!practice) return method;
    const { cost, providers, municipalities, ...rest } = practice;
    return {
      ...method,
      practice: {
        ...rest,
        costNote: cost ? `${cost} ${DEMO}` : DEMO,
        providers: providers.map(named),
        municipalities: municipalities.map(named),
      },
    };
  });
}
