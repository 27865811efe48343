/**
 * What each scheme's rating values and the Vidensdeklaration's letters mean, in plain words. Loaded with the pages
 * that show ratings (method, digest), not with every page.
 */
export const daEvidence = {
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

export type EvidenceText = typeof daEvidence;
