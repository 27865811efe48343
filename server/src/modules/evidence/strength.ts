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

/**
 * Each external scheme's public home page, where a reader can look a method up when the rating has no page of its
 * own. Vidensbro's own grading has none: its source is this site.
 */
export const SCHEME_HOME_PAGES: Partial<Record<EvidenceScheme, string>> = {
  CEBC: 'https://www.cebc4cw.org/',
  EIF: 'https://guidebook.eif.org.uk/',
  BLUEPRINTS: 'https://www.blueprintsprogram.org/',
  WWC: 'https://ies.ed.gov/ncee/wwc/',
  VIDENSPORTAL: 'https://vidensportal.dk/',
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

/** What the verdict needs of one rating. */
export interface RatingFacts {
  scheme: EvidenceScheme;
  strength: EvidenceStrength;
  /** YYYY-MM-DD; the newest rating on a scheme replaces the older ones. */
  ratedOn: string;
}

/** Vidensbro's editorial verdict on a method, with how many of the schemes' current ratings agree with it. */
export interface Verdict {
  strength: EvidenceStrength;
  /** VIDENSBRO when the editors have graded the method; null when the verdict is the schemes' cautious middle. */
  scheme: EvidenceScheme | null;
  agreeing: number;
  total: number;
}

/**
 * Each scheme's newest rating: an older grading on the same scheme has been superseded, so it does not count.
 * Of two on the same date, the later in the list wins (callers list ratings in the order they were entered).
 */
export function currentRatings<R extends RatingFacts>(ratings: readonly R[]): R[] {
  const newest = new Map<EvidenceScheme, R>();
  for (const rating of ratings) {
    const seen = newest.get(rating.scheme);
    if (!seen || rating.ratedOn >= seen.ratedOn) newest.set(rating.scheme, rating);
  }
  return [...newest.values()];
}

/**
 * The verdict a practitioner should read first. The editors' own grade (the VIDENSBRO scheme) decides, because
 * schemes disagree and the strongest of them overstates the evidence. Before the editors have graded a method,
 * the verdict is the lower median of the schemes' current ratings: what most schemes say, leaning to caution.
 * "Not rated" answers (CEBC NR) grade nothing, so they are neither the verdict nor counted in the spread.
 */
export function verdictOf(ratings: readonly RatingFacts[]): Verdict {
  const graded = currentRatings(ratings).filter((r) => r.strength !== S.NOT_RATED);
  if (graded.length === 0) return { strength: S.NOT_RATED, scheme: null, agreeing: 0, total: 0 };
  const editorial = graded.find((r) => r.scheme === EvidenceScheme.VIDENSBRO);
  let strength: EvidenceStrength;
  if (editorial) strength = editorial.strength;
  else {
    const ascending = graded
      .map((r) => r.strength)
      .sort((a, b) => EVIDENCE_STRENGTH_SCORE[a] - EVIDENCE_STRENGTH_SCORE[b]);
    strength = ascending[Math.floor((ascending.length - 1) / 2)]!;
  }
  return {
    strength,
    scheme: editorial ? EvidenceScheme.VIDENSBRO : null,
    agreeing: graded.filter((r) => r.strength === strength).length,
    total: graded.length,
  };
}
