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
        viewerCanMarkStudied
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
          note
          organisation {
            id
            name
            slug
          }
        }
      }
    }
  }
`);

/** The fields the gap map shows of who studies a gap, refreshed after marking or withdrawing. */
export const GapStudiedByFragmentDoc = graphql(`
  fragment GapStudiedBy on KnowledgeGap {
    id
    studiedBy {
      id
      contact
      expectedOn
      note
      organisation {
        id
        name
        slug
      }
    }
  }
`);

export const MarkKnowledgeGapStudiedDoc = graphql(`
  mutation MarkKnowledgeGapStudied($gap: ID!, $input: KnowledgeGapClaimInput!) {
    markKnowledgeGapStudied(gap: $gap, input: $input) {
      gap {
        ...GapStudiedBy
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UnmarkKnowledgeGapStudiedDoc = graphql(`
  mutation UnmarkKnowledgeGapStudied($gap: ID!) {
    unmarkKnowledgeGapStudied(gap: $gap) {
      gap {
        ...GapStudiedBy
      }
      userErrors {
        field
        message
        code
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
