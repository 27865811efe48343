import { createMutation, createQuery } from '@urql/solid';
import type { OrganisationKind } from '../../graphql/generated/graphql';
import {
  ApplyForMembershipDoc,
  ApproveApplicationDoc,
  DeclineApplicationDoc,
  InvoicesDoc,
  MarkInvoicePaidDoc,
  MemberOrganisationsDoc,
  MembershipApplicationsDoc,
  MyMembershipYearDoc,
  RenewMembershipDoc,
  ViewerRoleDoc,
} from './graphql';

/** The public list of member organisations, filtered by kind. */
export function createMemberOrganisations(kind: () => OrganisationKind | null) {
  return createQuery({ query: MemberOrganisationsDoc, variables: () => ({ kind: kind() }) });
}

/** Pending applications, always fresh: an admin acts on what is there now. */
export const createPendingApplications = () =>
  createQuery({ query: MembershipApplicationsDoc, variables: { status: 'PENDING' }, requestPolicy: 'network-only' });
export const createInvoices = () =>
  createQuery({ query: InvoicesDoc, variables: { paid: null }, requestPolicy: 'network-only' });
export const createMyMembershipYear = () => createQuery({ query: MyMembershipYearDoc });
/** The viewer's role, from the server rather than the cache: it decides whether the admin page shows. */
export const createViewerRole = () => createQuery({ query: ViewerRoleDoc, requestPolicy: 'network-only' });

export const createApplyForMembership = () => createMutation(ApplyForMembershipDoc);
export const createApproveApplication = () => createMutation(ApproveApplicationDoc);
export const createDeclineApplication = () => createMutation(DeclineApplicationDoc);
export const createMarkInvoicePaid = () => createMutation(MarkInvoicePaidDoc);
export const createRenewMembership = () => createMutation(RenewMembershipDoc);
