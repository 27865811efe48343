import { graphql } from '../../graphql/generated';

export const UnreadCountDoc = graphql(`
  query UnreadCount {
    viewer {
      member {
        id
      }
      unreadNotificationCount
    }
  }
`);

export const NotificationsDoc = graphql(`
  query Notifications($unreadOnly: Boolean! = false, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: 30, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        actorName
        createdAt
        readAt
        thread {
          id
          title
        }
        comment {
          id
        }
        event {
          id
          slug
          title
        }
        ...AlertDetail
      }
    }
  }
`);

export const MarkReadDoc = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationAddedDoc = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
    }
  }
`);
