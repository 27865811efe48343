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

export const TalkPageDoc = graphql(`
  query TalkPage($slug: String!) {
    talk(slug: $slug) {
      ...TalkListItem
      videoUrl
      isExample
      chapters {
        startSeconds
        title
      }
      transcript {
        startSeconds
        text
      }
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
