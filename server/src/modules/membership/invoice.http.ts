import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../graphql/errors.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import type { Orm } from '../../platform/database.js';
import { authenticate, SESSION_COOKIE } from '../auth/authenticate.js';
import { authorize, type Action, type Subject } from '../auth/auth.policy.js';
import { Invoice } from './invoice.entity.js';
import { invoicePdf } from './invoice-pdf.js';
import { ledgerCsv } from './ledger.js';
import { oioublInvoice } from './oioubl.js';
import type { MembershipSettings } from './settings.js';

type Em = ReturnType<Orm['em']['fork']>;

/**
 * Invoice files and the ledger, as plain downloads that authenticate like /graphql (session cookie or bearer
 * token): /invoices/<id>.pdf and /invoices/<id>.xml (OIOUBL, for invoices to an EAN/GLN number) for platform admins
 * and the organisation's admins; /membership/ledger.csv for platform admins.
 */
export function registerInvoiceRoutes(app: FastifyInstance, deps: { orm: Orm; settings: MembershipSettings }): void {
  const allowed = async (request: FastifyRequest, reply: FastifyReply, em: Em, action: Action, subject?: Subject) => {
    try {
      const viewer = await authenticate(em, {
        authorization: request.headers.authorization,
        sessionSecret: request.cookies[SESSION_COOKIE],
      });
      authorize(viewer, action, subject);
      return true;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const code = String(error.extensions.code);
      await reply.status(code === 'UNAUTHENTICATED' ? 401 : 403).send({ error: error.message, code });
      return false;
    }
  };

  const findInvoice = async (em: Em, id: string) => {
    try {
      return await em.findOne(Invoice, decodeGlobalId(id, ['Invoice'], 'id').id);
    } catch {
      return null; // not an invoice ID at all: the same answer as an unknown one
    }
  };
  const notFound = (reply: FastifyReply) =>
    reply.status(404).send({ error: 'There is no such invoice you may see.', code: 'NOT_FOUND' });

  const invoiceFile =
    (ext: 'pdf' | 'xml') => async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
      const em = deps.orm.em.fork();
      const invoice = await findInvoice(em, request.params.id);
      // Whether it exists is only told to those who may read it: the check runs against its organisation first.
      if (!(await allowed(request, reply, em, 'invoice.read', { organisationId: invoice?.organisation.id ?? '' })))
        return reply;
      if (!invoice || (ext === 'xml' && !invoice.buyerEan)) return notFound(reply);
      const filename = `faktura-${invoice.number}.${ext}`;
      reply.header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store');
      if (ext === 'xml')
        return reply
          .header('content-type', 'application/xml; charset=utf-8')
          .send(oioublInvoice(invoice, deps.settings.seller));
      return reply
        .header('content-type', 'application/pdf')
        .send(Buffer.from(await invoicePdf(invoice, deps.settings.seller)));
    };
  app.get<{ Params: { id: string } }>('/invoices/:id.pdf', invoiceFile('pdf'));
  app.get<{ Params: { id: string } }>('/invoices/:id.xml', invoiceFile('xml'));

  app.get<{ Querystring: { year?: string; format?: string } }>('/membership/ledger.csv', async (request, reply) => {
    const em = deps.orm.em.fork();
    if (!(await allowed(request, reply, em, 'ledger.export'))) return reply;
    const { year, format = 'excel' } = request.query;
    if ((year !== undefined && !/^\d{4}$/.test(year)) || !['excel', 'rfc4180'].includes(format))
      return reply
        .status(400)
        .send({ error: '`year` must be a four-digit year; `format` excel or rfc4180.', code: 'BAD_USER_INPUT' });
    const body = await ledgerCsv(em, { year: year ? Number(year) : null, excel: format === 'excel' });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="vidensbro-ledger${year ? `-${year}` : ''}.csv"`)
      .header('cache-control', 'no-store')
      .send(body);
  });
}
