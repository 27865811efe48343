import type { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { EvidenceScheme } from '../evidence/evidence.enums.js';

/**
 * A rating's grade as followers read it: the value in the scheme's terms, or for Vidensportal all five dimensions
 * ("target group/method/implementation/effect/economy", e.g. "A/B/C/C/D"), so a change on any dimension shows.
 */
export function gradeOf(rating: Pick<EvidenceRating, 'scheme' | 'value' | 'dimensions'>): string {
  const d = rating.dimensions;
  if (rating.scheme === EvidenceScheme.VIDENSPORTAL && d) {
    return [d.targetGroup, d.method, d.implementation, d.effect, d.economy].join('/');
  }
  return rating.value;
}
