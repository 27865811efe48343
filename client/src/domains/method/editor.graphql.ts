import { graphql } from '../../graphql/generated';

/**
 * The editor's documents for a method: what its form reads, create, update and its drafts. Only the lazy editor and
 * drafts pages load them; editor/registry.ts puts the fragment into the one query for the edited node.
 */

/** What a method's form reads: the fields it edits and whether it is published. */
export const EditMethodFragmentDoc = graphql(`
  fragment EditMethod on Method {
    slug
    name
    originalName
    summary
    description
    origin
    website
    ageMin
    ageMax
    targetGroups
    settings
    costNote
    costDkk
    costUnit
    trainingDuration
    trainingCertifiedBy
    providers(first: 30) {
      nodes {
        name
        url
        note
      }
    }
    municipalities(first: 30) {
      nodes {
        name
        url
        note
      }
    }
    visibility
    publishedAt
    topics(first: 100) {
      nodes {
        id
      }
    }
    studies(first: 100) {
      nodes {
        id
      }
    }
    evidenceRatings(first: 100) {
      nodes {
        ...EditRating
      }
    }
  }
`);

export const CreateMethodDoc = graphql(`
  mutation EditorCreateMethod($input: MethodInput!) {
    createMethod(input: $input) {
      method {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateMethodDoc = graphql(`
  mutation EditorUpdateMethod($id: ID!, $input: MethodInput!) {
    updateMethod(id: $id, input: $input) {
      method {
        id
        slug
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Its drafts, newest first (a method is listed under its name, selected as `title`). */
export const DraftMethodsDoc = graphql(`
  query EditorDraftMethods($after: String) {
    methods(first: 20, after: $after, orderBy: { field: PUBLISHED_AT }, filter: { published: false }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title: name
        updatedAt
      }
    }
  }
`);
