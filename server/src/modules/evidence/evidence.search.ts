import { searchFeed } from '../../search/documents/registry.js';
import { EvidenceRating } from './evidence-rating.entity.js';

/** A rating is shown in its method's document (its strength, scheme and verdict); it has none of its own. */
export const ratingFeed = searchFeed<EvidenceRating>({
  entity: EvidenceRating,
  parent: (rating) => ({ type: 'Method', id: rating.method.id }),
});
