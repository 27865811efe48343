import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a case: create, update and the list of drafts.
 * Only the lazy editor and drafts pages load them.
 */
export const CreateCaseDoc = graphql(`
  mutation EditorCreateCase($input: CaseInput!) {
    createCase(input: $input) {
      case {
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

export const UpdateCaseDoc = graphql(`
  mutation EditorUpdateCase($id: ID!, $input: CaseInput!) {
    updateCase(id: $id, input: $input) {
      case {
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

export const DraftCasesDoc = graphql(`
  query EditorDraftCases($after: String) {
    cases(first: 20, after: $after, orderBy: { field: PUBLISHED_AT }, filter: { published: false }) {
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
