import { graphql } from '../../graphql/generated';

export const SearchNodeFragmentDoc = graphql(`
  fragment SearchNode on SearchResult {
    __typename
    ... on Case {
      id
      slug
      title
      year
      organisation {
        id
        name
      }
    }
    ... on Method {
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
    ... on Study {
      id
      slug
      title
      year
      design
    }
    ... on Talk {
      id
      slug
      title
      durationSeconds
    }
    ... on Event {
      id
      slug
      title
      startsAt
    }
    ... on Workshop {
      id
      slug
      title
      startsAt
    }
    ... on Report {
      id
      slug
      title
      publishedOn
    }
    ... on Organisation {
      id
      slug
      name
      kind
    }
    ... on WorkshopOutput {
      id
      insight
      organisation {
        id
        name
      }
      workshop {
        id
        slug
        title
      }
    }
    ... on Thread {
      id
      title
      lastActivityAt
    }
  }
`);

export const SearchDoc = graphql(`
  query Search($query: String!, $filter: SearchFilter, $first: Int!) {
    search(query: $query, filter: $filter, first: $first) {
      totalCount
      ignoredWords
      nearestTerms
      nearestTopics {
        count
        topic {
          id
          slug
          nameDa
          nameEn
        }
      }
      pageInfo {
        hasNextPage
      }
      edges {
        cursor
        highlights {
          field
          snippet
        }
        node {
          ...SearchNode
        }
      }
      facets {
        types {
          value
          count
        }
        topics {
          count
          topic {
            id
            slug
            nameDa
            nameEn
          }
        }
        targetGroups {
          value
          count
        }
        ageRanges {
          value
          count
        }
        evidenceStrengths {
          value
          count
        }
        organisationKinds {
          value
          count
        }
        years {
          value
          count
        }
      }
    }
  }
`);

export const SuggestDoc = graphql(`
  query Suggest($prefix: String!) {
    suggest(prefix: $prefix, first: 6) {
      text
      highlighted
      node {
        ...SearchNode
      }
    }
  }
`);
