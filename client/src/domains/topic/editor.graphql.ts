import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a topic: create and update.
 * Only the lazy editor and drafts pages load them.
 */
export const CreateTopicDoc = graphql(`
  mutation EditorCreateTopic($input: TopicInput!) {
    createTopic(input: $input) {
      topic {
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

export const UpdateTopicDoc = graphql(`
  mutation EditorUpdateTopic($id: ID!, $input: TopicInput!) {
    updateTopic(id: $id, input: $input) {
      topic {
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
