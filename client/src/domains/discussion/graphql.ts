import { graphql } from '../../graphql/generated';

/** The threads about one item (members only: anonymous readers get an empty list). */
export const ThreadsAboutDoc = graphql(`
  query ThreadsAbout($about: ID!) {
    threads(about: $about, first: 20) {
      totalCount
      nodes {
        id
        title
        kind
        commentCount
        lastActivityAt
        author {
          id
          name
        }
      }
    }
  }
`);
