import { describe, expect, it } from 'vitest';
import { SCHEME_VALUES } from '../../../../server/src/modules/evidence/strength';
import { da } from '../../i18n/da';
import { daEvidence } from '../../i18n/evidence-da';
import { enEvidence } from '../../i18n/evidence-en';
import { declarationRows, gradeSteps } from './declaration';
import { schemeValue } from './schemeValue';

describe('Vidensdeklaration', () => {
  it('orders the five dimensions as Vidensportalen does and turns grades into bar lengths', () => {
    const rows = declarationRows({ targetGroup: 'A', method: 'B', implementation: 'C', effect: 'D', economy: 'B' });
    expect(rows.map((r) => r.dimension)).toEqual(['targetGroup', 'method', 'implementation', 'effect', 'economy']);
    expect(rows.map((r) => r.steps)).toEqual([4, 3, 2, 1, 3]);
    expect(gradeSteps('A')).toBeGreaterThan(gradeSteps('D'));
  });
});

describe('schemeValue', () => {
  const label = (s: keyof typeof da.strength) => da.strength[s];
  it('says what each rating means in Danish', () => {
    const text = daEvidence;
    expect(schemeValue('CEBC', '2', label, text)).toBe('2 – Understøttet af forskning');
    expect(schemeValue('EIF', '3+', label, text)).toMatch(/^Niveau 3\+/);
    expect(schemeValue('BLUEPRINTS', 'PROMISING', label, text)).toBe('Lovende');
    expect(schemeValue('WWC', 'POTENTIALLY_POSITIVE', label, text)).toBe('Muligvis positiv effekt');
    expect(schemeValue('VIDENSBRO', 'MODERATE', label, text)).toBe('Moderat');
    expect(schemeValue('WWC', 'SOMETHING_NEW', label, text)).toBe('SOMETHING_NEW');
  });

  it('names every value every scheme allows, in both languages', () => {
    for (const [language, text] of Object.entries({ da: daEvidence, en: enEvidence })) {
      for (const [scheme, values] of Object.entries(SCHEME_VALUES)) {
        expect(text.scales[scheme], `${language} ${scheme}`).toBeTruthy();
        if (scheme === 'VIDENSBRO') continue; // our own grades are the strength names
        for (const value of Object.keys(values))
          expect(text.values[scheme]?.[value], `${language} ${scheme} ${value}`).toBeTruthy();
      }
      for (const grade of ['A', 'B', 'C', 'D'] as const) expect(text.grades[grade]).toBeTruthy();
    }
  });
});
