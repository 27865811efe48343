import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { parseInput, text } from '../content/validation.js';
import { Member, MemberRole } from '../member/member.entity.js';
import { Notification, NotificationKind } from '../notification/notification.entity.js';
import { SYSTEM_ACTOR } from '../notification/notification.commands.js';
import { activeMembershipWhere } from '../organisation/active-membership.js';
import { Membership, MembershipStatus, Organisation } from '../organisation/organisation.entity.js';
import { cvrProblem, glnProblem, normaliseDigits } from './identifiers.js';
import type { Invoice } from './invoice.entity.js';
import { openMembershipYear } from './invoice.commands.js';
import type { MembershipSettings } from './settings.js';

const DAY_MS = 86_400_000;

/** When renewing for the coming year opens: MEMBERSHIP_RENEWAL_NOTICE_DAYS before the year ends (UTC). */
export function renewalOpensAt(year: number, settings: Pick<MembershipSettings, 'renewalNoticeDays'>): Date {
  return new Date(Date.UTC(year + 1, 0, 1) - settings.renewalNoticeDays * DAY_MS);
}

/**
 * The year a renewal now would be for: the coming year once the notice period has begun, else this year (an
 * organisation without a membership this year, e.g. one that lapsed, rejoins).
 */
export function renewalYear(now: Date, settings: Pick<MembershipSettings, 'renewalNoticeDays'>): number {
  const year = now.getUTCFullYear();
  return now >= renewalOpensAt(year, settings) ? year + 1 : year;
}

const billingInput = z.object({
  cvr: z
    .string()
    .max(40)
    .transform(normaliseDigits)
    .refine((value) => cvrProblem(value) === null, 'This is not a valid CVR number (check digit).'),
  ean: z
    .string()
    .max(40)
    .transform(normaliseDigits)
    .refine((value) => value === '' || glnProblem(value) === null, 'This is not a valid EAN/GLN number (check digit).')
    .transform((value) => value || null)
    .nullable()
    .default(null),
  street: text(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'A Danish postal code is 4 digits.'),
  city: text(200),
});

export type BillingInputValue = z.input<typeof billingInput>;

/**
 * An organisation's admin (or a platform admin) renews: the year `renewalYear` gives is opened and invoiced.
 * Organisations from before invoicing have no CVR or address yet: they give them here once.
 */
export async function renewMembership(props: {
  em: EntityManager;
  viewer: Viewer;
  organisationId: string;
  billing: BillingInputValue | null;
  settings: MembershipSettings;
  now?: Date;
}): Promise<{ membership: Membership; invoice: Invoice }> {
  authorize(props.viewer, 'membership.renew', { organisationId: props.organisationId });
  const viewer = props.viewer;
  const billing = props.billing ? parseInput(billingInput, props.billing, 'input.billing') : null;
  const now = props.now ?? new Date();
  return props.em.transactional(async (em) => {
    // Locked: two admins pressing "renew" at once open one year, not two (the unique key would refuse the second
    // anyway, but only after it took an invoice number).
    const organisation = await em.findOne(Organisation, props.organisationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!organisation) throw UserInputProblem.of('input.organisationId', 'No such organisation.', 'NOT_FOUND');
    const year = renewalYear(now, props.settings);
    if (await em.count(Membership, { organisation, year }))
      throw UserInputProblem.of(
        'input.organisationId',
        `The membership for ${year} is already open; pay its invoice to keep it.`,
        'ALREADY_RENEWED',
      );
    if (billing) Object.assign(organisation, billing);
    if (!organisation.cvr || !organisation.street || !organisation.postalCode || !organisation.city)
      throw UserInputProblem.of('input.billing', 'Give the CVR number and address to invoice.', 'REQUIRED');
    const member = await em.findOne(Member, viewer.memberId);
    const opened = await openMembershipYear(em, {
      organisation,
      year,
      contact: member?.name ?? viewer.name,
      settings: props.settings,
      now,
    });
    recordAudit(em, {
      viewer,
      action: 'membership.renew',
      subjectType: 'Organisation',
      subjectId: organisation.nodeId,
      subjectLabel: `${organisation.name} ${year}`,
    });
    await em.flush();
    return opened;
  });
}

/**
 * Reminds each organisation's admins, once per notice period, to renew: organisations whose membership is in force
 * this year and that have no membership for the coming year yet. Returns how many were reminded.
 */
export async function sendRenewalReminders(
  em: EntityManager,
  settings: MembershipSettings,
  now = new Date(),
): Promise<number> {
  const year = now.getUTCFullYear();
  const opensAt = renewalOpensAt(year, settings);
  if (now < opensAt) return 0;
  const current = await em.find(Membership, activeMembershipWhere(now), { fields: ['organisation'] });
  const renewed = new Set(
    (await em.find(Membership, { year: year + 1 }, { fields: ['organisation'] })).map((m) => m.organisation.id),
  );
  const due = current.map((m) => m.organisation.id).filter((id) => !renewed.has(id));
  if (due.length === 0) return 0;
  const admins = await em.find(Member, {
    organisation: { $in: due },
    role: MemberRole.ORG_ADMIN,
    deactivatedAt: null,
  });
  const reminded = new Set(
    (
      await em.find(
        Notification,
        {
          member: { $in: admins.map((a) => a.id) },
          kind: NotificationKind.MEMBERSHIP_RENEWAL,
          createdAt: { $gte: opensAt },
        },
        { fields: ['member'] },
      )
    ).map((n) => n.member.id),
  );
  const fresh = admins.filter((admin) => !reminded.has(admin.id));
  for (const admin of fresh)
    em.create(Notification, { member: admin, kind: NotificationKind.MEMBERSHIP_RENEWAL, actorName: SYSTEM_ACTOR });
  await em.flush();
  return fresh.length;
}

/**
 * Marks memberships past their payment deadline LAPSED, so lists say so. Access does not wait for this: the
 * active-membership rule already reads `lapsesAt` (organisation/active-membership.ts).
 */
export async function markLapsed(em: EntityManager, now = new Date()): Promise<number> {
  return em.nativeUpdate(
    Membership,
    { status: MembershipStatus.ACTIVE, paidAt: null, lapsesAt: { $lte: now } },
    { status: MembershipStatus.LAPSED },
  );
}
