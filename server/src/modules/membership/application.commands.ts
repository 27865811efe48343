import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { NotFoundError } from '../../graphql/errors.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { inviteMember } from '../auth/auth.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { slugify, uniqueSlug } from '../content/slug.js';
import { email, parseInput, text } from '../content/validation.js';
import { Member, MemberRole } from '../member/member.entity.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { ApplicationStatus, MembershipApplication } from './application.entity.js';
import { cvrProblem, glnProblem, normaliseDigits } from './identifiers.js';
import type { Invoice } from './invoice.entity.js';
import { openMembershipYear } from './invoice.commands.js';
import type { MembershipSettings } from './settings.js';

/** Public bodies must be invoiced electronically (OIOUBL via NemHandel), so they must give an EAN/GLN number. */
export const PUBLIC_BODY_KINDS: ReadonlySet<OrganisationKind> = new Set([
  OrganisationKind.MUNICIPALITY,
  OrganisationKind.REGION,
  OrganisationKind.STATE_AGENCY,
  OrganisationKind.UNIVERSITY_COLLEGE,
]);

const PROBLEM_TEXT = {
  cvr: {
    FORMAT: 'A CVR number is 8 digits and does not start with 0.',
    CHECK_DIGIT: 'This is not a valid CVR number (its check digit does not match): check for a typing error.',
  },
  ean: {
    FORMAT: 'An EAN/GLN number is 13 digits.',
    CHECK_DIGIT: 'This is not a valid EAN/GLN number (its check digit does not match): check for a typing error.',
  },
} as const;

const digits = (field: 'cvr' | 'ean', problem: (value: string) => keyof (typeof PROBLEM_TEXT)['cvr'] | null) =>
  z
    .string()
    .max(40, 'Must be at most 40 characters.')
    .transform(normaliseDigits)
    .superRefine((value, ctx) => {
      const found = problem(value);
      if (found) ctx.addIssue({ code: 'custom', message: PROBLEM_TEXT[field][found], params: { code: found } });
    });

const applicationInput = z
  .object({
    organisationName: text(300),
    kind: z.nativeEnum(OrganisationKind),
    cvr: digits('cvr', cvrProblem),
    ean: z.union([z.literal('').transform(() => null), z.null(), digits('ean', glnProblem)]).default(null),
    street: text(200),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'A Danish postal code is 4 digits.'),
    city: text(200),
    contactName: text(200),
    contactEmail: email,
    motivation: text(4000, { min: 0 })
      .nullish()
      .transform((value) => value ?? ''),
  })
  .superRefine((value, ctx) => {
    if (PUBLIC_BODY_KINDS.has(value.kind) && !value.ean)
      ctx.addIssue({
        code: 'custom',
        path: ['ean'],
        message: 'Public bodies are invoiced electronically: give the EAN/GLN number invoices should go to.',
        params: { code: 'REQUIRED' },
      });
  });

export type ApplicationInputValue = z.input<typeof applicationInput>;

/** Anyone may apply; one pending application per CVR number at a time. */
export async function applyForMembership(props: {
  em: EntityManager;
  input: ApplicationInputValue;
}): Promise<MembershipApplication> {
  const input = parseInput(applicationInput, props.input);
  const { em } = props;
  if (await em.count(MembershipApplication, { cvr: input.cvr, status: ApplicationStatus.PENDING }))
    throw UserInputProblem.of('input.cvr', 'An application for this CVR number is already waiting.', 'TAKEN');
  if (await em.count(Organisation, { cvr: input.cvr }))
    throw UserInputProblem.of('input.cvr', 'An organisation with this CVR number is already a member.', 'TAKEN');
  const application = em.create(MembershipApplication, { ...input });
  await em.flush();
  return application;
}

async function pendingApplication(em: EntityManager, id: string): Promise<MembershipApplication> {
  // Locked, so two admins deciding at once cannot both approve (two organisations, two invoices).
  const application = await em.findOne(MembershipApplication, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!application) throw new NotFoundError('No such application.');
  if (application.status !== ApplicationStatus.PENDING)
    throw UserInputProblem.of('id', `This application was already ${application.status.toLowerCase()}.`, 'DECIDED');
  return application;
}

/**
 * Approves an application: creates the organisation, opens its first year (membership + invoice, numbered in
 * the series) and invites the contact person as the organisation's admin, all in one transaction.
 */
export async function approveApplication(props: {
  em: EntityManager;
  viewer: Viewer;
  id: string;
  note: string | null;
  settings: MembershipSettings;
  now?: Date;
}): Promise<{ application: MembershipApplication; invoice: Invoice; invitationSecret: string }> {
  authorize(props.viewer, 'membership.review');
  const viewer = props.viewer;
  const note = props.note == null ? null : parseInput(text(2000, { min: 0 }), props.note, 'note') || null;
  return props.em.transactional(async (em) => {
    const application = await pendingApplication(em, props.id);
    const organisation = em.create(Organisation, {
      slug: await uniqueSlug(em, Organisation, slugify(application.organisationName)),
      name: application.organisationName,
      kind: application.kind,
      city: application.city,
      cvr: application.cvr,
      ean: application.ean,
      street: application.street,
      postalCode: application.postalCode,
    });
    const now = props.now ?? new Date();
    const { invoice } = await openMembershipYear(em, {
      organisation,
      year: now.getUTCFullYear(),
      contact: application.contactName,
      settings: props.settings,
      now,
    });
    application.status = ApplicationStatus.APPROVED;
    application.decisionReason = note;
    application.decidedAt = now;
    application.decidedBy = em.getReference(Member, viewer.memberId, { wrapped: true });
    application.organisation = ref(organisation);
    await em.flush();
    const { secret } = await inviteMember({
      em,
      viewer,
      organisationId: organisation.id,
      input: { email: application.contactEmail, role: MemberRole.ORG_ADMIN },
    });
    recordAudit(em, {
      viewer,
      action: 'membership.approve',
      subjectType: 'Organisation',
      subjectId: organisation.nodeId,
      subjectLabel: organisation.name,
    });
    return { application, invoice, invitationSecret: secret };
  });
}

/** Declines an application; the reason is required, so the applicant can be told why. */
export async function declineApplication(props: {
  em: EntityManager;
  viewer: Viewer;
  id: string;
  reason: string;
  now?: Date;
}): Promise<MembershipApplication> {
  authorize(props.viewer, 'membership.review');
  const viewer = props.viewer;
  const reason = parseInput(text(2000), props.reason, 'reason');
  return props.em.transactional(async (em) => {
    const application = await pendingApplication(em, props.id);
    application.status = ApplicationStatus.DECLINED;
    application.decisionReason = reason;
    application.decidedAt = props.now ?? new Date();
    application.decidedBy = em.getReference(Member, viewer.memberId, { wrapped: true });
    recordAudit(em, {
      viewer,
      action: 'membership.decline',
      subjectType: 'MembershipApplication',
      subjectId: application.id,
      subjectLabel: application.organisationName,
    });
    await em.flush();
    return application;
  });
}
