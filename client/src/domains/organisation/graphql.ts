import { graphql } from '../../graphql/generated';

export const OrganisationsDoc = graphql(`
  query Organisations($kind: OrganisationKind, $first: Int!, $after: String) {
    organisations(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        slug
        name
        kind
        city
        isActiveMember
      }
    }
  }
`);

export const OrganisationPageDoc = graphql(`
  query OrganisationPage($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      kind
      city
      description
      website
      isActiveMember
      isExample
      cases(first: 50) {
        nodes {
          ...CaseListItem
        }
      }
    }
  }
`);
