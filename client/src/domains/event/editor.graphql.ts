import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a event: what its form reads, create, update and its drafts. Only the lazy editor and
 * drafts pages load them; editor/registry.ts puts the fragment into the one query for the edited node.
 */

/** What a event's form reads: the fields it edits and whether it is published. */
export const EditEventFragmentDoc = graphql(`
  fragment EditEvent on Event {
    slug
    title
    kind
    theme
    description
    startsAt
    endsAt
    venue
    city
    visibility
    publishedAt
    topics(first: 100) {
      nodes {
        id
      }
    }
  }
`);

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
