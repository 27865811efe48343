import { ALL_STRENGTHS } from '../enums';
import type { EvidenceScheme, EvidenceStrength } from '../../graphql/generated/graphql';
import type { EvidenceText } from '../../i18n/evidence-da';

const STRENGTHS = new Set<string>(ALL_STRENGTHS);

/**
 * A rating value in the reader's language, with what it means: "Lovende" for Blueprints' Promising, "Niveau 3 –
 * effekt i mindst én stærk evaluering" for EIF 3. Vidensbro's own grades are our strength scale. A value the
 * interface does not know yet (a scheme changed its terms) is shown as the scheme writes it.
 */
export function schemeValue(
  scheme: EvidenceScheme,
  value: string,
  strengthLabel: (strength: EvidenceStrength) => string,
  text: EvidenceText,
): string {
  if (scheme === 'VIDENSBRO' && STRENGTHS.has(value)) return strengthLabel(value as EvidenceStrength);
  return text.values[scheme]?.[value] ?? value;
}
