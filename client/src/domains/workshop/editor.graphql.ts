import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a workshop: what its form reads, create, update and its drafts. Only the lazy editor and
 * drafts pages load them; editor/registry.ts puts the fragment into the one query for the edited node.
 */

/** What a workshop's form reads: the fields it edits and whether it is published. */
export const EditWorkshopFragmentDoc = graphql(`
  fragment EditWorkshop on Workshop {
    slug
    title
    description
    startsAt
    durationMinutes
    capacity
    room
    facilitator
    visibility
    publishedAt
    event {
      id
    }
    talk {
      id
    }
  }
`);

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
