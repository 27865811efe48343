import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a study: what its form reads, create, update and its drafts. Only the lazy editor and
 * drafts pages load them; editor/registry.ts puts the fragment into the one query for the edited node.
 */

/** What a study's form reads: the fields it edits and whether it is published. */
export const EditStudyFragmentDoc = graphql(`
  fragment EditStudy on Study {
    slug
    title
    abstract
    authors
    year
    design
    publisher
    country
    url
    visibility
    publishedAt
    topics(first: 100) {
      nodes {
        id
      }
    }
  }
`);

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
