import { describe, expect, it } from 'vitest';
import { EvidenceScheme, EvidenceStrength } from './evidence.enums.js';
import { normaliseRating, strengthsAtLeast, strongest, verdictOf, type RatingFacts } from './strength.js';

describe('normalising evidence ratings', () => {
  it.each([
    [EvidenceScheme.CEBC, '1', EvidenceStrength.STRONG],
    [EvidenceScheme.CEBC, '3', EvidenceStrength.PROMISING],
    [EvidenceScheme.CEBC, '5', EvidenceStrength.CONCERNING],
    [EvidenceScheme.CEBC, 'NR', EvidenceStrength.NOT_RATED],
    [EvidenceScheme.EIF, '4+', EvidenceStrength.STRONG],
    [EvidenceScheme.EIF, '3', EvidenceStrength.MODERATE],
    [EvidenceScheme.EIF, 'NL2', EvidenceStrength.INSUFFICIENT],
    [EvidenceScheme.BLUEPRINTS, 'MODEL_PLUS', EvidenceStrength.STRONG],
    [EvidenceScheme.BLUEPRINTS, 'PROMISING', EvidenceStrength.MODERATE],
    [EvidenceScheme.WWC, 'NEGATIVE', EvidenceStrength.CONCERNING],
    [EvidenceScheme.VIDENSPORTAL, 'C', EvidenceStrength.PROMISING],
    [EvidenceScheme.VIDENSBRO, 'INSUFFICIENT', EvidenceStrength.INSUFFICIENT],
  ])('%s %s is %s', (scheme, value, strength) => {
    expect(normaliseRating(scheme, value)).toEqual({ strength });
  });

  it('names the allowed values when a value does not belong to the scheme', () => {
    expect(normaliseRating(EvidenceScheme.CEBC, 'A')).toEqual({
      error: expect.stringContaining('1, 2, 3, 4, 5, NR') as string,
    });
    expect(normaliseRating(EvidenceScheme.EIF, '5')).toHaveProperty('error');
  });

  it('takes the strongest rating for a method, and NOT_RATED when there is none', () => {
    expect(strongest([EvidenceStrength.PROMISING, EvidenceStrength.STRONG, EvidenceStrength.CONCERNING])).toBe(
      EvidenceStrength.STRONG,
    );
    expect(strongest([])).toBe(EvidenceStrength.NOT_RATED);
  });

  it('lists the strengths at or above a minimum, never the concerning or unrated ones', () => {
    expect(strengthsAtLeast(EvidenceStrength.MODERATE).sort()).toEqual([
      EvidenceStrength.MODERATE,
      EvidenceStrength.STRONG,
    ]);
    expect(strengthsAtLeast(EvidenceStrength.INSUFFICIENT)).not.toContain(EvidenceStrength.CONCERNING);
  });
});

const S = EvidenceStrength;
const rating = (scheme: EvidenceScheme, strength: EvidenceStrength, ratedOn = '2024-01-01'): RatingFacts => ({
  scheme,
  strength,
  ratedOn,
});

describe('the editorial verdict', () => {
  it('leads with the editors’ grade and counts how many current ratings agree', () => {
    // De Utrolige År in the demo: one EIF "4" says strong, the other three say moderate.
    const verdict = verdictOf([
      rating(EvidenceScheme.EIF, S.STRONG),
      rating(EvidenceScheme.BLUEPRINTS, S.MODERATE),
      rating(EvidenceScheme.VIDENSPORTAL, S.MODERATE),
      rating(EvidenceScheme.VIDENSBRO, S.MODERATE),
    ]);
    expect(verdict).toEqual({ strength: S.MODERATE, scheme: EvidenceScheme.VIDENSBRO, agreeing: 3, total: 4 });
  });

  it('follows the editors even when every other scheme says something else', () => {
    const verdict = verdictOf([
      rating(EvidenceScheme.CEBC, S.STRONG),
      rating(EvidenceScheme.EIF, S.STRONG),
      rating(EvidenceScheme.VIDENSBRO, S.PROMISING),
    ]);
    expect(verdict).toEqual({ strength: S.PROMISING, scheme: EvidenceScheme.VIDENSBRO, agreeing: 1, total: 3 });
  });

  it('takes the lower median of the schemes, never the strongest, before the editors have graded', () => {
    expect(
      verdictOf([
        rating(EvidenceScheme.CEBC, S.STRONG),
        rating(EvidenceScheme.EIF, S.PROMISING),
        rating(EvidenceScheme.WWC, S.MODERATE),
      ]),
    ).toEqual({ strength: S.MODERATE, scheme: null, agreeing: 1, total: 3 });
    expect(
      verdictOf([rating(EvidenceScheme.CEBC, S.STRONG), rating(EvidenceScheme.EIF, S.INSUFFICIENT)]),
    ).toMatchObject({ strength: S.INSUFFICIENT, agreeing: 1, total: 2 });
  });

  it('counts only the newest rating on each scheme, and the later entered one on the same date', () => {
    const verdict = verdictOf([
      rating(EvidenceScheme.VIDENSBRO, S.STRONG, '2022-01-01'),
      rating(EvidenceScheme.VIDENSBRO, S.INSUFFICIENT, '2025-01-01'),
      rating(EvidenceScheme.CEBC, S.MODERATE, '2024-01-01'),
      rating(EvidenceScheme.CEBC, S.INSUFFICIENT, '2024-01-01'),
    ]);
    expect(verdict).toEqual({ strength: S.INSUFFICIENT, scheme: EvidenceScheme.VIDENSBRO, agreeing: 2, total: 2 });
  });

  it('leaves "not rated" answers out, and is NOT_RATED with nothing graded', () => {
    expect(verdictOf([rating(EvidenceScheme.CEBC, S.NOT_RATED), rating(EvidenceScheme.EIF, S.PROMISING)])).toEqual({
      strength: S.PROMISING,
      scheme: null,
      agreeing: 1,
      total: 1,
    });
    expect(verdictOf([rating(EvidenceScheme.CEBC, S.NOT_RATED)])).toEqual({
      strength: S.NOT_RATED,
      scheme: null,
      agreeing: 0,
      total: 0,
    });
    expect(verdictOf([])).toMatchObject({ strength: S.NOT_RATED, total: 0 });
  });
});
