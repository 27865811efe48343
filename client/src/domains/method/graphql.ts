import { graphql } from '../../graphql/generated';

export const MethodListItemFragmentDoc = graphql(`
  fragment MethodListItem on Method {
    id
    slug
    name
    summary
    evidenceVerdict {
      strength
      scheme
      agreeing
      total
    }
    targetGroups
    ageMin
    ageMax
  }
`);

export const MethodPracticeFragmentDoc = graphql(`
  fragment MethodParty on MethodParty {
    name
    url
    note
    organisation {
      slug
      isExample
    }
  }

  fragment MethodPractice on Method {
    settings
    costNote
    costDkk
    costUnit
    trainingDuration
    trainingCertifiedBy
    providers(first: 30) {
      nodes {
        ...MethodParty
      }
    }
    municipalities(first: 30) {
      nodes {
        ...MethodParty
      }
    }
  }
`);

export const MethodsDoc = graphql(`
  query Methods($filter: MethodFilter, $orderBy: MethodOrder, $first: Int!, $after: String) {
    methods(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MethodListItem
      }
    }
  }
`);

export const MethodPageDoc = graphql(`
  query MethodPage($slug: String!) {
    method(slug: $slug) {
      ...MethodListItem
      viewerIsFollowing
      ...MethodPractice
      originalName
      origin
      website
      description
      isExample
      topics(first: 20) {
        nodes {
          ...TopicChip
        }
      }
      evidenceRatings(first: 50) {
        nodes {
          id
          scheme
          value
          strength
          ratedOn
          source
          sourceUrl
          note
          dimensions {
            targetGroup
            method
            implementation
            effect
            economy
          }
          study {
            slug
            title
            year
          }
        }
      }
      cases(first: 20) {
        totalCount
        nodes {
          ...CaseListItem
        }
      }
      studies(first: 20) {
        totalCount
        nodes {
          ...StudyListItem
        }
      }
      talks(first: 10) {
        nodes {
          ...TalkListItem
        }
      }
    }
  }
`);

export const CompareMethodsDoc = graphql(`
  query CompareMethods($slugs: [String!]!) {
    methods(filter: { slugs: $slugs }, first: 3) {
      nodes {
        ...MethodListItem
        ...MethodPractice
        evidenceRatings(first: 30) {
          nodes {
            scheme
            value
            strength
            ratedOn
          }
        }
      }
    }
  }
`);

export const EvidenceSchemesDoc = graphql(`
  query EvidenceSchemes {
    evidenceSchemes {
      scheme
      homePage
      values {
        value
        strength
      }
    }
  }
`);
