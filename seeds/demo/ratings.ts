import type { SeedRating, VidensportalGrade } from './types.js';

/** Used on every rating that is illustrative rather than a verified copy of the scheme's current rating. */
export const EXAMPLE_NOTE = 'Eksempelvurdering til demo – tjek den aktuelle vurdering hos kilden.';

export const SOURCES = {
  CEBC: 'CEBC – California Evidence-Based Clearinghouse for Child Welfare',
  EIF: 'Early Intervention Foundation Guidebook',
  BLUEPRINTS: 'Blueprints for Healthy Youth Development',
  WWC: 'What Works Clearinghouse',
  VIDENSPORTAL: 'Vidensportalen på det sociale område',
  VIDENSBRO: 'Vidensbro-redaktionen',
} as const;

/** A Vidensportal-style rating with the five dimensions in the order målgruppe, metode, implementering, effekt, økonomi. */
export function vidensportal(
  grades: `${VidensportalGrade}${VidensportalGrade}${VidensportalGrade}${VidensportalGrade}${VidensportalGrade}`,
  ratedOn: string,
  study?: string,
): SeedRating {
  const [targetGroup, method, implementation, effect, economy] = grades.split('') as VidensportalGrade[];
  const rating: SeedRating = {
    scheme: 'VIDENSPORTAL',
    dimensions: {
      targetGroup: targetGroup ?? 'D',
      method: method ?? 'D',
      implementation: implementation ?? 'D',
      effect: effect ?? 'D',
      economy: economy ?? 'D',
    },
    ratedOn,
    source: SOURCES.VIDENSPORTAL,
    note: EXAMPLE_NOTE,
  };
  if (study) rating.study = study;
  return rating;
}

/** Our own editors' grading; invented for the demo but internally consistent with the linked studies. */
export function vidensbro(
  value: 'STRONG' | 'MODERATE' | 'PROMISING' | 'INSUFFICIENT',
  ratedOn: string,
  note = 'Eksempelvurdering foretaget af Vidensbro-redaktionen til demoformål.',
): SeedRating {
  return {
    scheme: 'VIDENSBRO',
    value,
    ratedOn,
    source: SOURCES.VIDENSBRO,
    note,
  };
}
