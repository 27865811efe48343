import { AppError } from '../../graphql/errors.js';
import { LiveFeed } from '../../live/feed.js';
import { Notification } from './notification.entity.js';
import { NOTIFICATION_ADDED } from './notification.commands.js';

/** A member's own notifications, live; keyed by member id, so only that member (signed in still) may follow. */
export const notificationFeed = new LiveFeed<{ notificationId: string }, Notification>({
  topic: NOTIFICATION_ADDED,
  allowed: ({ key, viewers }) =>
    Promise.resolve(viewers.map((viewer) => viewer.kind === 'member' && viewer.memberId === key)),
  refusal: () => new AppError('Sign in first.', 'UNAUTHENTICATED'),
  load: ({ em, key, payload }) => em.findOne(Notification, { id: payload.notificationId, member: key }),
});
