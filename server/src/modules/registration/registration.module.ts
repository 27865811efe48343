import { can } from '../auth/auth.policy.js';
import { defineModule } from '../module.js';
import { registerMeetingRoutes } from './registration.http.js';
import { Registration } from './registration.entity.js';
import { EventRegistrationResolver, RegistrationResolver, ViewerMeetingsResolver } from './registration.resolver.js';

export const registration = defineModule({
  name: 'registration',
  entities: [Registration],
  resolvers: [EventRegistrationResolver, RegistrationResolver, ViewerMeetingsResolver],
  nodes: {
    Registration: async (ctx, id) => {
      const row = await ctx.loaders.byId(Registration).load(id);
      const subject = { memberId: row?.member.id, organisationId: row?.organisation.id };
      return row && can(ctx.viewer, 'registration.read', subject) ? row : null;
    },
  },
  routes: (app, { orm }) => registerMeetingRoutes(app, { orm }),
});
