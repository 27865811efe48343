import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a method: create, update and the list of drafts.
 * Only the lazy editor and drafts pages load them.
 */
export const CreateMethodDoc = graphql(`
  mutation EditorCreateMethod($input: MethodInput!) {
    createMethod(input: $input) {
      method {
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

export const UpdateMethodDoc = graphql(`
  mutation EditorUpdateMethod($id: ID!, $input: MethodInput!) {
    updateMethod(id: $id, input: $input) {
      method {
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

export const DraftMethodsDoc = graphql(`
  query EditorDraftMethods($after: String) {
    methods(first: 20, after: $after, orderBy: { field: PUBLISHED_AT }, filter: { published: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title: name
        updatedAt
      }
    }
  }
`);
