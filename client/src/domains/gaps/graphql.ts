import { graphql } from '../../graphql/generated';

export const KnowledgeGapsDoc = graphql(`
  query KnowledgeGaps($filter: KnowledgeGapFilter, $first: Int!, $after: String) {
    knowledgeGaps(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        label
        caseCount
        studyCount
        unrated
        weakDimensions
        targetGroup
        viewerIsFollowing
        method {
          slug
          name
        }
        topic {
          slug
          nameDa
          nameEn
        }
        studiedBy {
          id
          contact
          expectedOn
          organisation {
            name
            slug
          }
        }
      }
    }
  }
`);

export const FollowKnowledgeGapDoc = graphql(`
  mutation FollowKnowledgeGap($gap: ID!, $following: Boolean!) {
    followKnowledgeGap(gap: $gap, following: $following) {
      gap {
        id
        viewerIsFollowing
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const AlertDetailFragmentDoc = graphql(`
  fragment AlertDetail on Notification {
    kind
    scheme
    oldGrade
    newGrade
    source
    method {
      slug
      name
    }
    study {
      slug
      title
    }
  }
`);
