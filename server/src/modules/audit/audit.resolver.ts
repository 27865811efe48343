import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { selects } from '../../graphql/selection.js';
import { authorize } from '../auth/auth.policy.js';
import { Member } from '../member/member.entity.js';
import { AuditEntry } from './audit.entity.js';
import { AuditEntryConnection } from './audit.types.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Who changed what and when, newest first (platform admins).' })
  auditTrail(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    authorize(ctx.viewer, 'audit.read');
    return paginate(ctx.em, AuditEntry, {}, { createdAt: 'desc', id: 'desc' }, args, selects(info, 'totalCount'));
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The member who made the change (null for the system or a removed member).',
  })
  actor(@Root() root: AuditEntry, @Ctx() ctx: Context) {
    return root.actor ? ctx.loaders.byId(Member).load(root.actor.id) : null;
  }
}
