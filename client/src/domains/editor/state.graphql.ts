import { graphql } from '../../graphql/generated';

/** Whether a content item is published: what the state banner on its page needs, and nothing more. */
export const NodeStateDoc = graphql(`
  query NodeState($id: ID!) {
    node(id: $id) {
      id
      ... on Case {
        publishedAt
      }
      ... on Method {
        publishedAt
      }
      ... on Study {
        publishedAt
      }
      ... on Event {
        publishedAt
      }
      ... on Talk {
        publishedAt
      }
      ... on Workshop {
        publishedAt
      }
      ... on Report {
        publishedAt
      }
    }
  }
`);
