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
        sourceUrl
        method {
          id
          slug
          name
          evidenceVerdict {
            strength
            scheme
            agreeing
            total
          }
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
