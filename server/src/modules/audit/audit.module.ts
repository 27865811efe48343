import { can } from '../auth/auth.policy.js';
import { defineModule } from '../module.js';
import { AuditEntry } from './audit.entity.js';
import { AuditResolver } from './audit.resolver.js';

export const registration = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  nodes: {
    AuditEntry: (ctx, id) =>
      can(ctx.viewer, 'audit.read') ? ctx.loaders.byId(AuditEntry).load(id) : Promise.resolve(null),
  },
});
