import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a report: what its form reads, create, update and its drafts. Only the lazy editor and
 * drafts pages load them; editor/registry.ts puts the fragment into the one query for the edited node.
 */

/** What a report's form reads: the fields it edits and whether it is published. */
export const EditReportFragmentDoc = graphql(`
  fragment EditReport on Report {
    slug
    title
    summary
    body
    publishedOn
    url
    visibility
    publishedAt
    event {
      id
    }
    cases(first: 100) {
      nodes {
        id
      }
    }
    topics(first: 100) {
      nodes {
        id
      }
    }
  }
`);

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
