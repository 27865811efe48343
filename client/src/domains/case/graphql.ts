import { graphql } from '../../graphql/generated';

export const CaseListItemFragmentDoc = graphql(`
  fragment CaseListItem on Case {
    id
    slug
    title
    summary
    year
    isExample
    organisation {
      id
      slug
      name
    }
  }
`);

export const CasesDoc = graphql(`
  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int!, $after: String) {
    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CaseListItem
      }
    }
  }
`);

export const CasePageDoc = graphql(`
  query CasePage($slug: String!) {
    case(slug: $slug) {
      ...CaseListItem
      publishedAt
      body
      ageMin
      ageMax
      targetGroups
      organisation {
        kind
        city
      }
      topics(first: 20) {
        nodes {
          ...TopicChip
        }
      }
      methods(first: 20) {
        nodes {
          ...MethodListItem
        }
      }
      reports(first: 10) {
        nodes {
          id
          slug
          title
          publishedOn
        }
      }
    }
  }
`);

/** A member proposes a case from their own organisation; it starts as a draft for the editors. */
export const ProposeCaseDoc = graphql(`
  mutation ProposeCase($input: CaseInput!) {
    createCase(input: $input) {
      case {
        id
        slug
        title
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
