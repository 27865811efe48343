import { graphql } from '../../graphql/generated';

export const ShareLinkFieldsFragmentDoc = graphql(`
  fragment ShareLinkFields on ShareLink {
    id
    active
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    subjectType
    item {
      ... on Talk {
        id
        slug
        title
      }
      ... on Report {
        id
        slug
        title
      }
    }
  }
`);

export const CreateShareLinkDoc = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      path
      shareLink {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const RevokeShareLinkDoc = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id) {
      shareLink {
        id
        active
        revokedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const MyShareLinksDoc = graphql(`
  query MyShareLinks {
    viewer {
      shareLinks {
        ...ShareLinkFields
      }
    }
  }
`);

/** What a share link opens, read-only, for anyone holding the secret. */
export const SharedItemDoc = graphql(`
  query SharedItem($secret: String!) {
    sharedItem(secret: $secret) {
      __typename
      ... on Talk {
        id
        title
        summary
        startsAt
        durationSeconds
        speakers {
          name
          title
        }
        ...TalkPlayback
      }
      ... on Report {
        id
        title
        summary
        body
        publishedOn
        url
      }
    }
  }
`);
