import { graphql } from '../../graphql/generated';

/**
 * Saving what every type shares: publish, unpublish and delete for any of them, and a method's evidence ratings.
 * Each type's create and update live with its editor, in its domain folder (`<domain>/editor.graphql.ts`).
 */
export const CreateRatingDoc = graphql(`
  mutation EditorCreateRating($method: ID!, $input: EvidenceRatingInput!) {
    createEvidenceRating(method: $method, input: $input) {
      evidenceRating {
        ...EditRating
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateRatingDoc = graphql(`
  mutation EditorUpdateRating($id: ID!, $input: EvidenceRatingInput!) {
    updateEvidenceRating(id: $id, input: $input) {
      evidenceRating {
        ...EditRating
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const PublishDoc = graphql(`
  mutation EditorPublish($id: ID!) {
    publish(id: $id) {
      node {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UnpublishDoc = graphql(`
  mutation EditorUnpublish($id: ID!) {
    unpublish(id: $id) {
      node {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const DeleteNodeDoc = graphql(`
  mutation EditorDeleteNode($id: ID!) {
    deleteNode(id: $id) {
      deletedId
      userErrors {
        field
        message
        code
      }
    }
  }
`);
