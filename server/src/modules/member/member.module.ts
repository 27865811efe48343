import { can } from '../auth/auth.policy.js';
import { defineModule } from '../module.js';
import { Member } from './member.entity.js';
import { MemberResolver, OrganisationMembersResolver } from './member.resolver.js';

export const registration = defineModule({
  name: 'member',
  entities: [Member],
  resolvers: [MemberResolver, OrganisationMembersResolver],
  nodes: {
    Member: (ctx, id) =>
      can(ctx.viewer, 'member.list')
        ? ctx.loaders.byId(Member, { deactivatedAt: null }).load(id)
        : Promise.resolve(null),
  },
  listOrders: [[Member, [['name', 'asc']]]],
});
