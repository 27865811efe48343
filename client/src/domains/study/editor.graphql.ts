import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a study: create, update and the list of drafts.
 * Only the lazy editor and drafts pages load them.
 */
export const CreateStudyDoc = graphql(`
  mutation EditorCreateStudy($input: StudyInput!) {
    createStudy(input: $input) {
      study {
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

export const UpdateStudyDoc = graphql(`
  mutation EditorUpdateStudy($id: ID!, $input: StudyInput!) {
    updateStudy(id: $id, input: $input) {
      study {
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

export const DraftStudiesDoc = graphql(`
  query EditorDraftStudies($after: String) {
    studies(first: 20, after: $after, filter: { published: false }) {
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
