import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId, encodeGlobalId } from '../../graphql/global-id.js';
import { withUserErrors } from '../../graphql/payload.js';
import { selects } from '../../graphql/selection.js';
import { authorize } from '../auth/auth.policy.js';
import { MemberRole } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { markInvoicePaid } from './invoice.commands.js';
import { Invoice } from './invoice.entity.js';
import { InvoiceConnection, MarkInvoicePaidPayload } from './membership.types.js';

@Resolver(() => Invoice)
export class InvoiceResolver {
  @FieldResolver(() => ID, { description: 'The invoice’s ID.' })
  id(@Root() root: Invoice) {
    return encodeGlobalId('Invoice', root.id);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation invoiced.' })
  organisation(@Root() root: Invoice, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Organisation).load(root.organisation.id);
  }

  @FieldResolver(() => String, {
    description:
      'Where to download the invoice: the OIOUBL XML for electronic invoices, else the PDF (same sign-in). The PDF is at `/invoices/<id>.pdf` for every invoice.',
  })
  downloadPath(@Root() root: Invoice) {
    const id = encodeURIComponent(encodeGlobalId('Invoice', root.id));
    return root.buyerEan ? `/invoices/${id}.xml` : `/invoices/${id}.pdf`;
  }

  @Query(() => InvoiceConnection, {
    description:
      'Membership invoices, newest first: all of them for platform admins; an organisation admin sees their own organisation’s.',
  })
  invoices(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Only this organisation’s invoices.' })
    organisationId: string | null,
    @Arg('paid', () => Boolean, { nullable: true, description: 'Only paid (true) or unpaid (false) invoices.' })
    paid: boolean | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only invoices for this membership year.' })
    year: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const organisation = organisationId
      ? decodeGlobalId(organisationId, ['Organisation'], 'organisationId').id
      : ctx.viewer.kind === 'member' && ctx.viewer.role !== MemberRole.ADMIN
        ? ctx.viewer.organisationId
        : null;
    authorize(ctx.viewer, 'invoice.read', { organisationId: organisation });
    const where = {
      ...(organisation ? { organisation } : {}),
      ...(paid == null ? {} : { paidAt: paid ? { $ne: null } : null }),
      ...(year == null ? {} : { year }),
    };
    return paginate(ctx.em, Invoice, where, { issuedAt: 'desc', id: 'desc' }, args, selects(info, 'totalCount'));
  }

  @Mutation(() => MarkInvoicePaidPayload, {
    description:
      'Registers that an invoice is paid (platform admins), which puts its membership year in force for good; `paid: false` withdraws a payment registered by mistake.',
  })
  async markInvoicePaid(
    @Arg('id', () => ID, { description: 'The invoice.' }) id: string,
    @Arg('paid', () => Boolean, { defaultValue: true, description: 'False withdraws the payment.' }) paid: boolean,
    @Arg('note', () => String, { nullable: true, description: 'E.g. the bank transfer’s reference.' })
    note: string | null,
    @Ctx() ctx: Context,
  ) {
    authorize(ctx.viewer, 'invoice.markPaid');
    const invoiceId = decodeGlobalId(id, ['Invoice'], 'id').id;
    return withUserErrors(async () => ({
      invoice: await markInvoicePaid({
        em: ctx.em,
        viewer: ctx.viewer,
        invoiceId,
        paid,
        note,
        settings: ctx.settings.membership,
      }),
    }));
  }
}
