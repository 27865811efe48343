import { graphql } from '../../graphql/generated';

export const TalkListItemFragmentDoc = graphql(`
  fragment TalkListItem on Talk {
    id
    slug
    title
    summary
    durationSeconds
    startsAt
    speakers {
      name
      title
    }
  }
`);

/** What the player needs: the video, its chapters and the transcript. */
export const TalkPlaybackFragmentDoc = graphql(`
  fragment TalkPlayback on Talk {
    title
    video {
      kind
      src
      contentType
      provider
      pageUrl
    }
    captionsUrl
    chaptersUrl
    chapters {
      startSeconds
      title
    }
    transcript {
      startSeconds
      text
    }
  }
`);

export const TalkPageDoc = graphql(`
  query TalkPage($slug: String!) {
    talk(slug: $slug) {
      ...TalkListItem
      ...TalkPlayback
      isExample
      visibility
      speakers {
        organisation {
          id
          slug
          name
        }
      }
      event {
        id
        slug
        title
        startsAt
      }
      methods(first: 20) {
        nodes {
          ...MethodListItem
        }
      }
      topics(first: 20) {
        nodes {
          ...TopicChip
        }
      }
      workshops(first: 20) {
        nodes {
          ...WorkshopListItem
        }
      }
    }
  }
`);

/** One page of transcript matches, read with the same Danish analysis as site search (server-side). */
export const TranscriptMatchPageFragmentDoc = graphql(`
  fragment TranscriptMatchPage on TranscriptMatchConnection {
    totalCount
    searchedAs
    nodes {
      index
      startSeconds
      snippet
    }
  }
`);

export const TalkTranscriptMatchesDoc = graphql(`
  query TalkTranscriptMatches($slug: String!, $query: String!, $first: Int) {
    talk(slug: $slug) {
      id
      transcriptMatches(query: $query, first: $first) {
        ...TranscriptMatchPage
      }
    }
  }
`);

/** The same search in a talk opened through a share link, which the reader may not reach by its slug. */
export const SharedTranscriptMatchesDoc = graphql(`
  query SharedTranscriptMatches($secret: String!, $query: String!, $first: Int) {
    sharedItem(secret: $secret) {
      ... on Talk {
        id
        transcriptMatches(query: $query, first: $first) {
          ...TranscriptMatchPage
        }
      }
    }
  }
`);

/** Attaches a finished upload (TalkVideoUpload) to a talk. */
export const AttachTalkVideoDoc = graphql(`
  mutation AttachTalkVideo($id: ID!, $upload: String!) {
    updateTalk(id: $id, input: { videoUpload: $upload }) {
      talk {
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
