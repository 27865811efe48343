import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a talk: what its form reads, create, update and its drafts. Only the lazy editor and
 * drafts pages load them; editor/registry.ts puts the fragment into the one query for the edited node.
 */

/** What a talk's form reads: the fields it edits and whether it is published. */
export const EditTalkFragmentDoc = graphql(`
  fragment EditTalk on Talk {
    slug
    title
    summary
    startsAt
    durationSeconds
    videoUrl
    visibility
    publishedAt
    event {
      id
    }
    speakers {
      name
      title
    }
    chapters {
      startSeconds
      title
    }
    transcript {
      startSeconds
      text
    }
    topics(first: 100) {
      nodes {
        id
      }
    }
    methods(first: 100) {
      nodes {
        id
      }
    }
  }
`);

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
