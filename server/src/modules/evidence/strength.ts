import { EvidenceScheme, EvidenceStrength, EVIDENCE_STRENGTH_SCORE } from './evidence.enums.js';

const S = EvidenceStrength;

/** Every value each scheme allows, with its normalised strength. Vidensportal's value is its effect grade. */
export const SCHEME_VALUES: Record<EvidenceScheme, Record<string, EvidenceStrength>> = {
  CEBC: { '1': S.STRONG, '2': S.MODERATE, '3': S.PROMISING, '4': S.INSUFFICIENT, '5': S.CONCERNING, NR: S.NOT_RATED },
  EIF: {
    '4+': S.STRONG,
    '4': S.STRONG,
    '3+': S.MODERATE,
    '3': S.MODERATE,
    '2+': S.PROMISING,
    '2': S.PROMISING,
    NL2: S.INSUFFICIENT,
    NE: S.INSUFFICIENT,
  },
  BLUEPRINTS: { MODEL_PLUS: S.STRONG, MODEL: S.STRONG, PROMISING: S.MODERATE },
  WWC: {
    POSITIVE: S.STRONG,
    POTENTIALLY_POSITIVE: S.MODERATE,
    MIXED: S.PROMISING,
    NO_DISCERNIBLE: S.INSUFFICIENT,
    POTENTIALLY_NEGATIVE: S.CONCERNING,
    NEGATIVE: S.CONCERNING,
  },
  VIDENSPORTAL: { A: S.STRONG, B: S.MODERATE, C: S.PROMISING, D: S.INSUFFICIENT },
  VIDENSBRO: { STRONG: S.STRONG, MODERATE: S.MODERATE, PROMISING: S.PROMISING, INSUFFICIENT: S.INSUFFICIENT },
};

/** The normalised strength of one rating, or an error message naming the values the scheme allows. */
export function normaliseRating(
  scheme: EvidenceScheme,
  value: string,
): { strength: EvidenceStrength } | { error: string } {
  const strength = SCHEME_VALUES[scheme][value];
  if (strength === undefined) {
    return {
      error: `"${value}" is not a ${scheme} rating; use one of ${Object.keys(SCHEME_VALUES[scheme]).join(', ')}.`,
    };
  }
  return { strength };
}

/** A method's strength is the strongest rating any scheme gives it; unrated methods are NOT_RATED. */
export function strongest(strengths: readonly EvidenceStrength[]): EvidenceStrength {
  let best: EvidenceStrength = S.NOT_RATED;
  for (const strength of strengths) {
    if (EVIDENCE_STRENGTH_SCORE[strength] > EVIDENCE_STRENGTH_SCORE[best]) best = strength;
  }
  return best;
}

/** Strengths at or above a minimum, for `minEvidenceStrength` filters. */
export function strengthsAtLeast(minimum: EvidenceStrength): EvidenceStrength[] {
  const floor = EVIDENCE_STRENGTH_SCORE[minimum];
  return (Object.keys(EVIDENCE_STRENGTH_SCORE) as EvidenceStrength[]).filter(
    (s) => EVIDENCE_STRENGTH_SCORE[s] >= floor,
  );
}
