import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a report: create, update and the list of drafts.
 * Only the lazy editor and drafts pages load them.
 */
export const CreateReportDoc = graphql(`
  mutation EditorCreateReport($input: ReportInput!) {
    createReport(input: $input) {
      report {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateReportDoc = graphql(`
  mutation EditorUpdateReport($id: ID!, $input: ReportInput!) {
    updateReport(id: $id, input: $input) {
      report {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DraftReportsDoc = graphql(`
  query EditorDraftReports($after: String) {
    reports(first: 20, after: $after, published: false) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        updatedAt
      }
    }
  }
`);
