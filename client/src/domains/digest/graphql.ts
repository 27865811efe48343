import { graphql } from '../../graphql/generated';

export const DigestDoc = graphql(`
  query Digest($since: DateTimeISO) {
    digest(since: $since) {
      since
      topics {
        ...TopicChip
      }
      methods {
        ...MethodListItem
      }
      evidenceRatings {
        id
        scheme
        value
        strength
        ratedOn
        source
        method {
          id
          slug
          name
        }
      }
      workshopOutputs {
        ...WorkshopOutputItem
      }
      threads {
        id
        title
        kind
        commentCount
        lastActivityAt
      }
    }
  }
`);
