import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { parseInput, text } from '../content/validation.js';
import { Member } from '../member/member.entity.js';
import { Membership, MembershipStatus, Organisation } from '../organisation/organisation.entity.js';
import { Invoice, InvoiceFormat } from './invoice.entity.js';
import type { MembershipSettings } from './settings.js';

const DAY_MS = 86_400_000;

/** What the fee comes to in øre: VAT is computed once, here, and every rendering shows these numbers. */
export function feeAmounts(settings: Pick<MembershipSettings, 'feeDkk' | 'vatPercent'>): {
  netOre: number;
  vatOre: number;
  totalOre: number;
  vatRateBasisPoints: number;
} {
  const netOre = settings.feeDkk * 100;
  const vatRateBasisPoints = Math.round(settings.vatPercent * 100);
  const vatOre = Math.round((netOre * vatRateBasisPoints) / 10_000);
  return { netOre, vatOre, totalOre: netOre + vatOre, vatRateBasisPoints };
}

/**
 * The next number in the year's series. The counter row is updated in the caller's transaction, so it stays
 * locked until that transaction ends: concurrent issuers queue on it, and a rolled-back invoice gives its number
 * back. That is what makes the series gap-free (Danish bookkeeping rules want an unbroken series).
 */
async function nextSequence(em: EntityManager, series: number): Promise<number> {
  const rows = await em.execute<{ last_sequence: number }[]>(
    `insert into invoice_counter (series, last_sequence) values (?, 1)
       on conflict (series) do update set last_sequence = invoice_counter.last_sequence + 1
     returning last_sequence`,
    [series],
  );
  return Number(rows[0]!.last_sequence);
}

/**
 * Opens a membership year for the organisation with its invoice, inside `em`'s transaction (the caller's
 * `em.transactional`). The membership is in force at once and lapses unless paid by the due date plus the grace
 * period, counted from the start of the year for a year paid in advance (renewals).
 */
export async function openMembershipYear(
  em: EntityManager,
  props: { organisation: Organisation; year: number; contact: string; settings: MembershipSettings; now?: Date },
): Promise<{ membership: Membership; invoice: Invoice }> {
  const { organisation, year, settings } = props;
  const now = props.now ?? new Date();
  if (!organisation.cvr || !organisation.street || !organisation.postalCode || !organisation.city)
    throw new Error(`Organisation ${organisation.id} lacks the invoicing details (CVR, address).`);
  const dueAt = new Date(now.getTime() + settings.paymentDays * DAY_MS);
  const yearStart = Date.UTC(year, 0, 1);
  const lapsesAt = new Date(Math.max(dueAt.getTime(), yearStart) + settings.graceDays * DAY_MS);
  const amounts = feeAmounts(settings);
  const membership = em.create(Membership, {
    organisation,
    year,
    feeDkk: settings.feeDkk,
    status: MembershipStatus.ACTIVE,
    lapsesAt,
  });
  const series = now.getUTCFullYear();
  const sequence = await nextSequence(em, series);
  const invoice = em.create(Invoice, {
    organisation,
    membership,
    series,
    sequence,
    number: `${series}-${String(sequence).padStart(4, '0')}`,
    year,
    issuedAt: now,
    dueAt,
    format: organisation.ean ? InvoiceFormat.OIOUBL : InvoiceFormat.PDF,
    ...amounts,
    buyerName: organisation.name,
    buyerCvr: organisation.cvr,
    buyerEan: organisation.ean,
    buyerStreet: organisation.street,
    buyerPostalCode: organisation.postalCode,
    buyerCity: organisation.city,
    buyerContact: props.contact,
  });
  return { membership, invoice };
}

/**
 * Registers (or withdraws) payment of an invoice: paying puts the year in force for good (a lapsed one comes
 * back: the organisation's content was never touched); withdrawing a mistaken payment gives the year its
 * deadline again, which may mean it lapses at once.
 */
export function applyPayment(
  invoice: Invoice,
  membership: Membership,
  props: { paid: boolean; note: string | null; settings: MembershipSettings; now?: Date },
): void {
  const now = props.now ?? new Date();
  if (props.paid) {
    invoice.paidAt = now;
    invoice.paymentNote = props.note;
    membership.paidAt = now;
    membership.lapsesAt = null;
    membership.status = MembershipStatus.ACTIVE;
  } else {
    invoice.paidAt = null;
    invoice.paymentNote = props.note;
    membership.paidAt = null;
    const yearStart = Date.UTC(membership.year, 0, 1);
    membership.lapsesAt = new Date(Math.max(invoice.dueAt.getTime(), yearStart) + props.settings.graceDays * DAY_MS);
  }
}

/**
 * Registers (paid: true) or withdraws (paid: false) a payment, for platform admins. Paying restores a lapsed year
 * at once; the organisation's content was never touched by the lapse.
 */
export async function markInvoicePaid(props: {
  em: EntityManager;
  viewer: Viewer;
  invoiceId: string;
  paid: boolean;
  note: string | null;
  settings: MembershipSettings;
  now?: Date;
}): Promise<Invoice> {
  authorize(props.viewer, 'invoice.markPaid');
  const viewer = props.viewer;
  const note = props.note == null ? null : parseInput(text(300, { min: 0 }), props.note, 'note') || null;
  return props.em.transactional(async (em) => {
    const invoice = await em.findOne(Invoice, props.invoiceId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!invoice) throw new NotFoundError('No such invoice.');
    const membership = await em.findOneOrFail(Membership, invoice.membership.id);
    applyPayment(invoice, membership, { paid: props.paid, note, settings: props.settings, now: props.now });
    invoice.markedPaidBy = props.paid ? em.getReference(Member, viewer.memberId, { wrapped: true }) : null;
    recordAudit(em, {
      viewer,
      action: props.paid ? 'invoice.paid' : 'invoice.unpaid',
      subjectType: 'Invoice',
      subjectId: invoice.id,
      subjectLabel: invoice.number,
    });
    await em.flush();
    return invoice;
  });
}
