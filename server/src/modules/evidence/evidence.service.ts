import { BadUserInputError } from '../../graphql/errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Method } from '../method/method.entity.js';
import { EVIDENCE_STRENGTH_SCORE, EvidenceScheme, type EvidenceStrength } from './evidence.enums.js';
import type { VidensportalDimensions } from './evidence-rating.entity.js';
import { normaliseRating, strongest, verdictOf, type RatingFacts } from './strength.js';

/**
 * Checks a rating against its scheme and returns its normalised strength. A Vidensportal rating is given as its
 * five dimensions; its value is the effect grade.
 */
export function rateEvidence(props: {
  scheme: EvidenceScheme;
  value?: string | null;
  dimensions?: VidensportalDimensions | null;
}): {
  value: string;
  strength: EvidenceStrength;
} {
  const { scheme, dimensions } = props;
  if (scheme === EvidenceScheme.VIDENSPORTAL && !dimensions) {
    throw new BadUserInputError(
      'A Vidensportal rating needs all five dimensions (targetGroup, method, implementation, effect, economy).',
      'dimensions',
    );
  }
  if (scheme !== EvidenceScheme.VIDENSPORTAL && dimensions) {
    throw new BadUserInputError('Only Vidensportal ratings have dimensions.', 'dimensions');
  }
  const value = scheme === EvidenceScheme.VIDENSPORTAL ? dimensions!.effect : (props.value ?? '');
  const result = normaliseRating(scheme, value);
  if ('error' in result) throw new BadUserInputError(result.error, 'value');
  return { value, strength: result.strength };
}

/**
 * Sets what a method's ratings add up to: the editorial verdict with its spread, and (for the deprecated
 * `evidenceStrength`) the strongest rating. Ratings come in the order they were entered.
 */
export function applyStrength(method: Method, ratings: readonly RatingFacts[]): void {
  const strength = strongest(ratings.map((r) => r.strength));
  method.evidenceStrength = strength;
  method.evidenceScore = EVIDENCE_STRENGTH_SCORE[strength];
  const verdict = verdictOf(ratings);
  method.verdictStrength = verdict.strength;
  method.verdictScore = EVIDENCE_STRENGTH_SCORE[verdict.strength];
  method.verdictScheme = verdict.scheme;
  method.verdictAgreeing = verdict.agreeing;
  method.verdictTotal = verdict.total;
}

/** Recomputes a method's strength from the ratings it has now (after a rating was added, changed or removed). */
export async function refreshMethodStrength(em: EntityManager, methodId: string): Promise<void> {
  const method = await em.findOne(Method, methodId, { populate: ['ratings'] });
  if (!method) return;
  const ratings = [...method.ratings.getItems()].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  applyStrength(method, ratings);
  await em.flush();
}
