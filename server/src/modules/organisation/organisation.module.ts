import { defineModule } from '../module.js';
import { Membership, Organisation } from './organisation.entity.js';
import { MembershipResolver, OrganisationResolver } from './organisation.resolver.js';
import { organisationSearch } from './organisation.search.js';

export const registration = defineModule({
  name: 'organisation',
  entities: [Membership, Organisation],
  resolvers: [MembershipResolver, OrganisationResolver],
  nodes: {
    Organisation: (ctx, id) => ctx.loaders.byId(Organisation).load(id),
    Membership: (ctx, id) => ctx.loaders.byId(Membership).load(id),
  },
  listOrders: [[Membership, [['year', 'desc']]]],
  search: [organisationSearch],
});
