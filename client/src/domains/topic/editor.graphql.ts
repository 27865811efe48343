import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a topic: what its form reads, create and update. Only the lazy editor and
 * drafts pages load them; editor/registry.ts puts the fragment into the one query for the edited node.
 */

/** What a topic's form reads: the fields it edits. */
export const EditTopicFragmentDoc = graphql(`
  fragment EditTopic on Topic {
    slug
    nameDa
    nameEn
    descriptionDa
    parent {
      id
    }
  }
`);

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
