import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a workshop: create, update and the list of drafts.
 * Only the lazy editor and drafts pages load them.
 */
export const CreateWorkshopDoc = graphql(`
  mutation EditorCreateWorkshop($input: WorkshopInput!) {
    createWorkshop(input: $input) {
      workshop {
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

export const UpdateWorkshopDoc = graphql(`
  mutation EditorUpdateWorkshop($id: ID!, $input: WorkshopInput!) {
    updateWorkshop(id: $id, input: $input) {
      workshop {
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

export const DraftWorkshopsDoc = graphql(`
  query EditorDraftWorkshops($after: String) {
    workshops(first: 20, after: $after, filter: { published: false }) {
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
