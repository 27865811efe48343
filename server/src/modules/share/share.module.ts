import { can } from '../auth/auth.policy.js';
import { defineModule } from '../module.js';
import { ShareLink } from './share.entity.js';
import { ShareLinkResolver, ViewerShareLinksResolver } from './share.resolver.js';

export const registration = defineModule({
  name: 'share',
  entities: [ShareLink],
  resolvers: [ShareLinkResolver, ViewerShareLinksResolver],
  nodes: {
    ShareLink: async (ctx, id) => {
      const link = await ctx.loaders.byId(ShareLink).load(id);
      return link && can(ctx.viewer, 'share.read', { memberId: link.createdBy?.id }) ? link : null;
    },
  },
});
