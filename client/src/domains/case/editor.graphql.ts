import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a case: what its form reads, create, update and its drafts. Only the lazy editor and
 * drafts pages load them; editor/registry.ts puts the fragment into the one query for the edited node.
 */

/** What a case's form reads: the fields it edits and whether it is published. */
export const EditCaseFragmentDoc = graphql(`
  fragment EditCase on Case {
    slug
    title
    summary
    body
    year
    ageMin
    ageMax
    targetGroups
    visibility
    publishedAt
    organisation {
      id
    }
    topics(first: 100) {
      nodes {
        id
      }
    }
    methods(first: 100) {
      nodes {
        id
      }
    }
  }
`);

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

/** Its drafts, newest first. */
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
