import { graphql } from '../../graphql/generated';

export const ApplyForMembershipDoc = graphql(`
  mutation ApplyForMembership($input: MembershipApplicationInput!) {
    applyForMembership(input: $input) {
      application {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const MembershipApplicationsDoc = graphql(`
  query MembershipApplications($status: MembershipApplicationStatus) {
    membershipApplications(first: 100, status: $status) {
      totalCount
      nodes {
        id
        organisationName
        kind
        cvr
        ean
        street
        postalCode
        city
        contactName
        contactEmail
        motivation
        status
        decisionReason
        createdAt
      }
    }
  }
`);

export const ApproveApplicationDoc = graphql(`
  mutation ApproveMembershipApplication($id: ID!) {
    approveMembershipApplication(id: $id) {
      application {
        id
        status
      }
      invoice {
        id
        number
      }
      invitationSecret
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DeclineApplicationDoc = graphql(`
  mutation DeclineMembershipApplication($id: ID!, $reason: String!) {
    declineMembershipApplication(id: $id, reason: $reason) {
      application {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const InvoicesDoc = graphql(`
  query Invoices($paid: Boolean) {
    invoices(first: 100, paid: $paid) {
      totalCount
      nodes {
        id
        number
        year
        buyerName
        format
        totalOre
        issuedAt
        dueAt
        paidAt
        downloadPath
      }
    }
  }
`);

export const MarkInvoicePaidDoc = graphql(`
  mutation MarkInvoicePaid($id: ID!, $paid: Boolean!) {
    markInvoicePaid(id: $id, paid: $paid) {
      invoice {
        id
        paidAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const MemberOrganisationsDoc = graphql(`
  query MemberOrganisations($kind: OrganisationKind) {
    memberOrganisationCounts {
      kind
      count
    }
    memberOrganisations(first: 100, kind: $kind) {
      totalCount
      nodes {
        id
        slug
        name
        kind
        city
      }
    }
  }
`);

export const MyMembershipYearDoc = graphql(`
  query MyMembershipYear {
    myMembershipYear {
      inForce
      canRenew
      renewalYear
      renewalOpensAt
      organisation {
        id
        name
      }
      current {
        id
        year
        paidAt
        lapsesAt
      }
      next {
        id
        year
        paidAt
      }
    }
  }
`);

export const RenewMembershipDoc = graphql(`
  mutation RenewMembership($input: RenewMembershipInput!) {
    renewMembership(input: $input) {
      membership {
        id
        year
      }
      invoice {
        id
        number
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ViewerRoleDoc = graphql(`
  query MembershipViewerRole {
    viewer {
      role
    }
  }
`);
