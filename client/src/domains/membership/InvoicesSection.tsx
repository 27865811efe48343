import { For, Show, createEffect, on } from 'solid-js';
import { Empty } from '../../components/QueryView';
import { useI18n } from '../../i18n';
import { membershipTexts } from '../../i18n/membership';
import { formatDate } from '../../i18n/format';
import { createInvoices, createMarkInvoicePaid } from './hooks';

/** Every invoice with its payment state; a platform admin marks payments and downloads files and the ledger. */
export function InvoicesSection(props: { version: number }) {
  const { t, tag } = useI18n(membershipTexts);
  const [data, refetch] = createInvoices();
  const [, markInvoicePaid] = createMarkInvoicePaid();
  // A decision on an application issues an invoice: reload when the page says one was made.
  createEffect(
    on(
      () => props.version,
      () => refetch({ requestPolicy: 'network-only' }),
      { defer: true },
    ),
  );
  const kroner = (ore: number) =>
    new Intl.NumberFormat(tag(), { style: 'currency', currency: 'DKK' }).format(ore / 100);
  const mark = async (id: string, paid: boolean) => {
    await markInvoicePaid({ id, paid });
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <section class="section" aria-labelledby="invoices-title">
      <h2 id="invoices-title">{t('membershipPages.admin.invoices')}</h2>
      <p>
        <a href="/membership/ledger.csv" download="">
          {t('membershipPages.admin.ledger')}
        </a>
        {' · '}
        <a href="/membership/ledger.csv?format=rfc4180" download="">
          {t('membershipPages.admin.ledgerPlain')}
        </a>
      </p>
      <Show when={data.data?.invoices.nodes.length} fallback={<Empty>{t('membershipPages.admin.noInvoices')}</Empty>}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('membershipPages.admin.number')}</th>
              <th scope="col">{t('membershipPages.admin.buyer')}</th>
              <th scope="col">{t('membershipPages.admin.total')}</th>
              <th scope="col">{t('membershipPages.admin.due')}</th>
              <th scope="col">{t('membershipPages.admin.status')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('membershipPages.admin.download')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={data.data?.invoices.nodes}>
              {(invoice) => (
                <tr>
                  <td>{invoice.number}</td>
                  <td>{invoice.buyerName}</td>
                  <td>{kroner(invoice.totalOre)}</td>
                  <td>{formatDate(invoice.dueAt, tag())}</td>
                  <td>
                    {invoice.paidAt ? t('membershipPages.admin.paid') : t('membershipPages.admin.unpaid')}{' '}
                    <button
                      type="button"
                      class="button button--small"
                      onClick={() => void mark(invoice.id, !invoice.paidAt)}
                    >
                      {invoice.paidAt ? t('membershipPages.admin.markUnpaid') : t('membershipPages.admin.markPaid')}
                      <span class="visually-hidden"> {invoice.number}</span>
                    </button>
                  </td>
                  <td>
                    <a href={invoice.downloadPath} download="">
                      {t('membershipPages.admin.download')} {invoice.format}
                      <span class="visually-hidden"> {invoice.number}</span>
                    </a>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
