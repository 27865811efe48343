import { useI18n } from './index';

/**
 * What each scheme's rating values and the Vidensdeklaration's letters mean, in plain words. Loaded with the pages
 * that show ratings (method, digest), not with every page.
 */
const da = {
  intro:
    'Vidensbros vurdering er redaktionens samlede bedømmelse af, hvor godt metoden er undersøgt. Nedenfor står hver vurdering i sit eget system, så du kan se, hvor de er enige og uenige. Følg linket for at læse vurderingen hos kilden.',
  noEditorial:
    'Redaktionen har ikke vurderet metoden endnu. Vist er midten af de andre vurderinger, og ved uenighed den mest forsigtige.',
  readAt: (source: string) => `Læs vurderingen hos ${source}`,
  opensElsewhere: '(åbner en anden hjemmeside)',
  values: {
    CEBC: {
      '1': '1 – Velunderbygget af forskning',
      '2': '2 – Understøttet af forskning',
      '3': '3 – Lovende forskning',
      '4': '4 – Forskningen viser ikke effekt',
      '5': '5 – Bekymrende praksis',
      NR: 'Kan ikke vurderes (for lidt forskning)',
    },
    EIF: {
      '4+': 'Niveau 4+ – effekt i flere stærke evalueringer',
      '4': 'Niveau 4 – effekt i flere stærke evalueringer',
      '3+': 'Niveau 3+ – effekt i mindst én stærk evaluering',
      '3': 'Niveau 3 – effekt i mindst én stærk evaluering',
      '2+': 'Niveau 2+ – foreløbige tegn på effekt',
      '2': 'Niveau 2 – foreløbige tegn på effekt',
      NL2: 'Under niveau 2 – for lidt evidens endnu',
      NE: 'Ingen effekt fundet',
    },
    BLUEPRINTS: {
      MODEL_PLUS: 'Modelprogram plus – også afprøvet af uafhængige forskere',
      MODEL: 'Modelprogram',
      PROMISING: 'Lovende',
    },
    WWC: {
      POSITIVE: 'Positiv effekt',
      POTENTIALLY_POSITIVE: 'Muligvis positiv effekt',
      MIXED: 'Blandede resultater',
      NO_DISCERNIBLE: 'Ingen målbar effekt',
      POTENTIALLY_NEGATIVE: 'Muligvis negativ effekt',
      NEGATIVE: 'Negativ effekt',
    },
    VIDENSPORTAL: {
      A: 'Effekt A – solid viden om effekten',
      B: 'Effekt B – god viden om effekten',
      C: 'Effekt C – nogen viden om effekten',
      D: 'Effekt D – lidt eller ingen viden om effekten',
    },
  } as Record<string, Record<string, string>>,
  scales: {
    CEBC: 'Skala 1–5, hvor 1 er bedst',
    EIF: 'Skala 2–4+, hvor 4+ er bedst',
    BLUEPRINTS: 'Lovende, modelprogram eller modelprogram plus (bedst)',
    WWC: 'Fra negativ til positiv effekt',
    VIDENSPORTAL: 'Effekt A–D, hvor A er bedst',
    VIDENSBRO: 'Redaktionens egen vurdering',
  } as Record<string, string>,
  dimensionsTitle: 'Hvad bogstaverne betyder',
  dimensionsHead: { dimension: 'Dimension', grade: 'Karakter', meaning: 'Hvad den fortæller' },
  dimensions: {
    targetGroup: 'Hvor godt det er beskrevet, hvem indsatsen er til, og hvad de har brug for.',
    method: 'Hvor klart indsatsens indhold er beskrevet, og hvorfor den skal virke.',
    implementation: 'Hvor meget man ved om, hvad der skal til for at indføre indsatsen i praksis.',
    effect: 'Hvor sikkert undersøgelser viser, at indsatsen gør en forskel for børnene.',
    economy: 'Hvor meget man ved om, hvad indsatsen koster, og hvad den kan spare.',
  },
  grades: {
    A: 'A: solid viden – flere gode undersøgelser peger samme vej',
    B: 'B: god viden – mindst én god undersøgelse',
    C: 'C: nogen viden – beskrivelser eller mindre undersøgelser',
    D: 'D: lidt eller ingen viden endnu',
  },
};

const en: typeof da = {
  intro:
    'Vidensbro’s verdict is the editors’ overall judgement of how well the method has been studied. Below, each rating stands in its own scheme, so you can see where they agree and disagree. Follow the link to read the rating at its source.',
  noEditorial:
    'The editors have not rated the method yet. Shown is the middle of the other ratings, and where they disagree, the most cautious.',
  readAt: (source: string) => `Read the rating at ${source}`,
  opensElsewhere: '(opens another website)',
  values: {
    CEBC: {
      '1': '1 – Well-supported by research evidence',
      '2': '2 – Supported by research evidence',
      '3': '3 – Promising research evidence',
      '4': '4 – Evidence fails to demonstrate effect',
      '5': '5 – Concerning practice',
      NR: 'Not able to be rated (too little research)',
    },
    EIF: {
      '4+': 'Level 4+ – effects in several strong evaluations',
      '4': 'Level 4 – effects in several strong evaluations',
      '3+': 'Level 3+ – effects in at least one strong evaluation',
      '3': 'Level 3 – effects in at least one strong evaluation',
      '2+': 'Level 2+ – preliminary signs of effect',
      '2': 'Level 2 – preliminary signs of effect',
      NL2: 'Not level 2 – too little evidence yet',
      NE: 'No effect found',
    },
    BLUEPRINTS: {
      MODEL_PLUS: 'Model Plus – also tested by independent researchers',
      MODEL: 'Model',
      PROMISING: 'Promising',
    },
    WWC: {
      POSITIVE: 'Positive effects',
      POTENTIALLY_POSITIVE: 'Potentially positive effects',
      MIXED: 'Mixed effects',
      NO_DISCERNIBLE: 'No discernible effects',
      POTENTIALLY_NEGATIVE: 'Potentially negative effects',
      NEGATIVE: 'Negative effects',
    },
    VIDENSPORTAL: {
      A: 'Effect A – solid knowledge of the effect',
      B: 'Effect B – good knowledge of the effect',
      C: 'Effect C – some knowledge of the effect',
      D: 'Effect D – little or no knowledge of the effect',
    },
  },
  scales: {
    CEBC: 'Scale 1–5, 1 is best',
    EIF: 'Scale 2–4+, 4+ is best',
    BLUEPRINTS: 'Promising, Model or Model Plus (best)',
    WWC: 'From negative to positive effects',
    VIDENSPORTAL: 'Effect A–D, A is best',
    VIDENSBRO: 'The editors’ own rating',
  },
  dimensionsTitle: 'What the letters mean',
  dimensionsHead: { dimension: 'Dimension', grade: 'Grade', meaning: 'What it tells you' },
  dimensions: {
    targetGroup: 'How well it is described who the intervention is for and what they need.',
    method: 'How clearly the intervention’s content is described, and why it should work.',
    implementation: 'How much is known about what it takes to put the intervention into practice.',
    effect: 'How surely studies show that the intervention makes a difference for children.',
    economy: 'How much is known about what the intervention costs and what it may save.',
  },
  grades: {
    A: 'A: solid knowledge – several good studies point the same way',
    B: 'B: good knowledge – at least one good study',
    C: 'C: some knowledge – descriptions or smaller studies',
    D: 'D: little or no knowledge yet',
  },
};

export type EvidenceText = typeof da;

/** The evidence texts in the interface language. */
export function useEvidenceText() {
  const { locale } = useI18n();
  return () => (locale() === 'da' ? da : en);
}

/** Every value each scheme allows, for tests: both languages must name them all. */
export const EVIDENCE_TEXTS = { da, en };
