import type { EvidenceScheme, EvidenceStrength } from '../../graphql/generated/graphql';

const STRENGTHS = new Set<string>(['STRONG', 'MODERATE', 'PROMISING', 'INSUFFICIENT', 'CONCERNING', 'NOT_RATED']);

/**
 * A rating value as its scheme writes it: "3+" on EIF, "Model Plus" on Blueprints, "Potentially positive" on
 * WWC. Vidensbro's own grades are our strength scale, so they are shown in the reader's language.
 */
export function schemeValue(
  scheme: EvidenceScheme,
  value: string,
  strengthLabel: (strength: EvidenceStrength) => string,
): string {
  if (scheme === 'VIDENSBRO' && STRENGTHS.has(value)) return strengthLabel(value as EvidenceStrength);
  if (scheme === 'BLUEPRINTS' || scheme === 'WWC') {
    const words = value.toLowerCase().split('_');
    if (scheme === 'BLUEPRINTS') return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
    const [first = '', ...rest] = words;
    return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
  }
  return value;
}
