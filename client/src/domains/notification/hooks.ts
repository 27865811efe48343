import { createMutation, createQuery, createSubscription, useClient } from '@urql/solid';
import { MarkReadDoc, NotificationAddedDoc, NotificationsDoc, UnreadCountDoc } from './graphql';

export function createUnreadCount(pause: () => boolean) {
  return createQuery({ query: UnreadCountDoc, pause });
}

/** Calls back on each new notification while signed in (over graphql-ws). */
export function createNotificationAdded(pause: () => boolean, onAdded: () => void) {
  return createSubscription({ query: NotificationAddedDoc, pause }, (_, event) => {
    onAdded();
    return event;
  });
}

export function createNotifications(unreadOnly: () => boolean) {
  return createQuery({ query: NotificationsDoc, variables: () => ({ unreadOnly: unreadOnly() }) });
}

export const createMarkRead = () => createMutation(MarkReadDoc);

/** Asks the server for the unread count again, so the header's badge follows notifications read elsewhere. */
export function useRecountUnread(): () => void {
  const client = useClient();
  return () => void client.query(UnreadCountDoc, {}, { requestPolicy: 'network-only' }).toPromise();
}
