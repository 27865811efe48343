import { defineModule } from '../module.js';
import { ApiToken, Invitation, Session } from './auth.entities.js';
import { AuthResolver } from './auth.resolver.js';

export const registration = defineModule({
  name: 'auth',
  entities: [ApiToken, Invitation, Session],
  resolvers: [AuthResolver],
  nodes: {
    ApiToken: (ctx, id) =>
      ctx.viewer.kind === 'member'
        ? ctx.loaders.byId(ApiToken, { member: ctx.viewer.memberId }).load(id)
        : Promise.resolve(null),
  },
  listOrders: [[ApiToken, [['created_at', 'desc']]]],
});
