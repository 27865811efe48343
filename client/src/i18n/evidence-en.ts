import type { EvidenceText } from './evidence-da';

export const enEvidence: EvidenceText = {
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
