import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize, can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { parseInput, text } from '../content/validation.js';
import { Member } from '../member/member.entity.js';
import { hasActiveMembership } from '../organisation/active-membership.js';
import { Membership, Organisation } from '../organisation/organisation.entity.js';
import { Invoice } from './invoice.entity.js';
import { applyPayment } from './invoice.commands.js';
import type { MembershipYearStanding } from './membership.types.js';
import { renewalOpensAt, renewalYear } from './renewal.commands.js';
import type { MembershipSettings } from './settings.js';

/** The viewer's organisation's membership: this year, the coming one, and whether they may renew now. */
export async function membershipYearStanding(props: {
  em: EntityManager;
  viewer: Viewer;
  settings: MembershipSettings;
  now?: Date;
}): Promise<MembershipYearStanding | null> {
  const { em, viewer, settings } = props;
  if (viewer.kind !== 'member') return null;
  const now = props.now ?? new Date();
  const year = now.getUTCFullYear();
  const organisation = await em.findOneOrFail(Organisation, viewer.organisationId);
  const memberships = await em.find(Membership, { organisation, year: { $in: [year, year + 1] } });
  const target = renewalYear(now, settings);
  const organisationId = organisation.id;
  return {
    organisation,
    inForce: await hasActiveMembership(em, organisation.id, now),
    current: memberships.find((m) => m.year === year) ?? null,
    next: memberships.find((m) => m.year === year + 1) ?? null,
    renewalYear: target,
    renewalOpensAt: renewalOpensAt(year, settings),
    canRenew: can(viewer, 'membership.renew', { organisationId }) && !memberships.some((m) => m.year === target),
  };
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
