import { registerEnumType } from 'type-graphql';

/** The rating schemes a method's evidence can be graded on. */
export enum EvidenceScheme {
  CEBC = 'CEBC',
  EIF = 'EIF',
  BLUEPRINTS = 'BLUEPRINTS',
  WWC = 'WWC',
  VIDENSPORTAL = 'VIDENSPORTAL',
  VIDENSBRO = 'VIDENSBRO',
}
registerEnumType(EvidenceScheme, {
  name: 'EvidenceScheme',
  description:
    'A rating scheme for the evidence behind a method. Each scheme has its own values (see `EvidenceRating.value`).',
  valuesConfig: {
    CEBC: {
      description:
        'California Evidence-Based Clearinghouse for Child Welfare: 1 (well-supported) to 5 (concerning practice), or NR (not able to be rated).',
    },
    EIF: {
      description: 'Early Intervention Foundation Guidebook: 2, 2+, 3, 3+, 4, 4+, NL2 (not level 2) or NE (no effect).',
    },
    BLUEPRINTS: { description: 'Blueprints for Healthy Youth Development: PROMISING, MODEL or MODEL_PLUS.' },
    WWC: {
      description:
        'What Works Clearinghouse effectiveness rating: POSITIVE, POTENTIALLY_POSITIVE, MIXED, NO_DISCERNIBLE, POTENTIALLY_NEGATIVE or NEGATIVE.',
    },
    VIDENSPORTAL: {
      description:
        'The Danish Vidensdeklaration on Vidensportalen: A–D on five dimensions (target group, method, implementation, effect, economy); the value is the effect grade.',
    },
    VIDENSBRO: { description: 'Vidensbro’s own editorial grading: STRONG, MODERATE, PROMISING or INSUFFICIENT.' },
  },
});

/**
 * The one scale all schemes are normalised to, so practitioners can filter across schemes. Ordered from strongest
 * to weakest; `EVIDENCE_STRENGTH_SCORE` gives the order as numbers.
 */
export enum EvidenceStrength {
  STRONG = 'STRONG',
  MODERATE = 'MODERATE',
  PROMISING = 'PROMISING',
  INSUFFICIENT = 'INSUFFICIENT',
  CONCERNING = 'CONCERNING',
  NOT_RATED = 'NOT_RATED',
}
registerEnumType(EvidenceStrength, {
  name: 'EvidenceStrength',
  description: 'Evidence strength normalised across rating schemes, for filtering and sorting.',
  valuesConfig: {
    STRONG: {
      description: 'Consistent positive effects in several rigorous studies (e.g. CEBC 1, EIF 4, Blueprints Model).',
    },
    MODERATE: {
      description: 'Positive effects in at least one rigorous study (e.g. CEBC 2, EIF 3, Blueprints Promising).',
    },
    PROMISING: { description: 'Early or mixed signs of effect (e.g. CEBC 3, EIF 2, Vidensportal effect C).' },
    INSUFFICIENT: { description: 'Not enough evidence to conclude, or no effect found.' },
    CONCERNING: { description: 'Evidence of harm or negative effects.' },
    NOT_RATED: { description: 'No rating yet.' },
  },
});

export const EVIDENCE_STRENGTH_SCORE: Record<EvidenceStrength, number> = {
  STRONG: 5,
  MODERATE: 4,
  PROMISING: 3,
  INSUFFICIENT: 2,
  CONCERNING: 1,
  NOT_RATED: 0,
};

export enum VidensportalGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(VidensportalGrade, {
  name: 'VidensportalGrade',
  description: 'A grade on one dimension of the Danish Vidensdeklaration; A is the best documented, D the least.',
});
