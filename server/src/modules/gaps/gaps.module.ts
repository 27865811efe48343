import { defineModule } from '../module.js';
import { Migration20261221090000_knowledge_gaps } from './gap.migrations.js';
import { GapClaim, GapFollow } from './gap.entities.js';
import { KnowledgeGapClaimResolver, KnowledgeGapResolver } from './gap.resolver.js';

export const registration = defineModule({
  name: 'gaps',
  entities: [GapClaim, GapFollow],
  resolvers: [KnowledgeGapClaimResolver, KnowledgeGapResolver],
  migrations: [Migration20261221090000_knowledge_gaps],
});
