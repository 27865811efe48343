import { defineModule } from '../module.js';
import { GapClaim, GapFollow } from './gap.entities.js';
import { KnowledgeGapClaimResolver, KnowledgeGapResolver } from './gap.resolver.js';

export const registration = defineModule({
  name: 'gaps',
  entities: [GapClaim, GapFollow],
  resolvers: [KnowledgeGapClaimResolver, KnowledgeGapResolver],
});
