import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a talk: create, update and the list of drafts.
 * Only the lazy editor and drafts pages load them.
 */
export const CreateTalkDoc = graphql(`
  mutation EditorCreateTalk($input: TalkInput!) {
    createTalk(input: $input) {
      talk {
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

export const UpdateTalkDoc = graphql(`
  mutation EditorUpdateTalk($id: ID!, $input: TalkInput!) {
    updateTalk(id: $id, input: $input) {
      talk {
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

export const DraftTalksDoc = graphql(`
  query EditorDraftTalks($after: String) {
    talks(first: 20, after: $after, filter: { published: false }) {
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
