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
    videoUrl
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
