import type { EntityManager } from '@mikro-orm/postgresql';
import { csv } from '../registration/csv.js';
import { Invoice } from './invoice.entity.js';

const kroner = (ore: number, decimal: ',' | '.') => (ore / 100).toFixed(2).replace('.', decimal);

/**
 * The ledger of membership invoices as CSV (RFC 4180: CRLF line ends, every cell quoted, quotes doubled, a UTF-8
 * BOM so Excel reads æøå). Danish Excel splits on semicolons and reads decimal commas; other tools want commas
 * and points: `excel` picks the Danish flavour (the default). Formula-like cells are defused (registration/csv.ts).
 */
export async function ledgerCsv(em: EntityManager, props: { year?: number | null; excel?: boolean }): Promise<string> {
  const excel = props.excel ?? true;
  const invoices = await em.find(Invoice, props.year ? { year: props.year } : {}, {
    orderBy: { series: 'asc', sequence: 'asc' },
  });
  const decimal = excel ? ',' : '.';
  return csv(
    [
      [
        'Number',
        'Issued',
        'Due',
        'Membership year',
        'Organisation',
        'CVR',
        'EAN/GLN',
        'Format',
        'Net (DKK)',
        'VAT (DKK)',
        'Total (DKK)',
        'Paid at',
        'Payment note',
      ],
      ...invoices.map((invoice) => [
        invoice.number,
        invoice.issuedAt.toISOString().slice(0, 10),
        invoice.dueAt.toISOString().slice(0, 10),
        invoice.year,
        invoice.buyerName,
        invoice.buyerCvr,
        invoice.buyerEan ?? '',
        invoice.format,
        kroner(invoice.netOre, decimal),
        kroner(invoice.vatOre, decimal),
        kroner(invoice.totalOre, decimal),
        invoice.paidAt?.toISOString() ?? '',
        invoice.paymentNote ?? '',
      ]),
    ],
    excel ? ';' : ',',
  );
}
