import { describe, expect, it } from 'vitest';
import { da } from '../../i18n/da';
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
  it('shows each scheme in its own terms', () => {
    expect(schemeValue('CEBC', '2', label)).toBe('2');
    expect(schemeValue('EIF', '3+', label)).toBe('3+');
    expect(schemeValue('BLUEPRINTS', 'MODEL_PLUS', label)).toBe('Model Plus');
    expect(schemeValue('WWC', 'POTENTIALLY_POSITIVE', label)).toBe('Potentially positive');
    expect(schemeValue('VIDENSBRO', 'MODERATE', label)).toBe('Moderat');
  });
});
