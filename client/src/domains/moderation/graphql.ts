import { graphql } from '../../graphql/generated';

/** Open reports, oldest first (editors and admins). */
export const ModerationQueueDoc = graphql(`
  query ModerationQueue($after: String) {
    moderationQueue(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reason
        createdAt
        comment {
          id
          threadId
          authorName
          bodyHtml
          hiddenAt
        }
      }
    }
  }
`);

export const ModerateCommentDoc = graphql(`
  mutation ModerateComment($id: ID!, $hidden: Boolean!, $reason: String!) {
    moderateComment(id: $id, hidden: $hidden, reason: $reason) {
      comment {
        id
        hiddenAt
        hiddenReason
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
