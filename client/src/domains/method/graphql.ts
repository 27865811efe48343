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
