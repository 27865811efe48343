import { readableWhere } from '../content/read-rule.js';
import { Method } from '../method/method.entity.js';
import { defineModule } from '../module.js';
import { EvidenceRating, VidensportalDimensions } from './evidence-rating.entity.js';
import { EvidenceSchemesResolver } from './schemes.resolver.js';
import { Study } from './study.entity.js';
import { EvidenceMutations, EvidenceRatingResolver, StudyMutations, StudyResolver } from './study.resolver.js';
import { ratingFeed } from './evidence.search.js';
import { studySearch } from './study.search.js';

export const registration = defineModule({
  name: 'evidence',
  entities: [EvidenceRating, VidensportalDimensions, Study],
  resolvers: [EvidenceSchemesResolver, EvidenceMutations, EvidenceRatingResolver, StudyMutations, StudyResolver],
  nodes: {
    // A rating is visible exactly when its method is.
    EvidenceRating: async (ctx, id) => {
      const rating = await ctx.loaders.byId(EvidenceRating).load(id);
      if (!rating) return null;
      const method = await ctx.loaders.byId(Method, readableWhere<Method>(ctx.viewer)).load(rating.method.id);
      return method ? rating : null;
    },
  },
  listOrders: [
    [Study, [['year', 'desc']]],
    [EvidenceRating, [['rated_on', 'desc']]],
  ],
  search: [studySearch],
  shownInSearch: [ratingFeed],
});
