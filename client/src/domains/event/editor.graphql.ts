import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a event: create, update and the list of drafts.
 * Only the lazy editor and drafts pages load them.
 */
export const CreateEventDoc = graphql(`
  mutation EditorCreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      event {
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

export const UpdateEventDoc = graphql(`
  mutation EditorUpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      event {
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

export const DraftEventsDoc = graphql(`
  query EditorDraftEvents($after: String) {
    events(first: 20, after: $after, filter: { published: false }) {
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
