import { describe, expect, it } from 'vitest';
import { EvidenceScheme, EvidenceStrength } from './evidence.enums.js';
import { normaliseRating, strengthsAtLeast, strongest } from './strength.js';

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
