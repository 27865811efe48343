import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can } from '../auth/auth.policy.js';
import { Membership } from '../organisation/organisation.entity.js';

/**
 * Whether an organisation has paid is its own and the forum's business: memberships are public (an organisation's
 * page lists them), so their payment fields answer only to those who may read its invoices, and null to others.
 */
@Resolver(() => Membership)
export class MembershipPaymentFieldsResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the year’s invoice was paid; null while unpaid. Only for the organisation’s admins and platform admins (null for others).',
  })
  paidAt(@Root() root: Membership, @Ctx() ctx: Context): Date | null {
    return mayRead(root, ctx) ? root.paidAt : null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'While unpaid: when the membership lapses (the invoice’s due date plus the grace period); null once paid. Only for the organisation’s admins and platform admins (null for others).',
  })
  lapsesAt(@Root() root: Membership, @Ctx() ctx: Context): Date | null {
    return mayRead(root, ctx) ? root.lapsesAt : null;
  }
}

function mayRead(root: Membership, ctx: Context): boolean {
  const organisation: unknown = root.organisation;
  const organisationId = typeof organisation === 'string' ? organisation : (organisation as { id?: string } | null)?.id;
  return Boolean(organisationId) && can(ctx.viewer, 'invoice.read', { organisationId });
}
