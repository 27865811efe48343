import { defineModule } from '../module.js';
import { Notification } from './notification.entity.js';
import { readableNotificationWhere } from './notification.policy.js';
import { NotificationResolver, ViewerNotificationsResolver } from './notification.resolver.js';

export const registration = defineModule({
  name: 'notification',
  entities: [Notification],
  resolvers: [NotificationResolver, ViewerNotificationsResolver],
  nodes: {
    Notification: (ctx, id) =>
      ctx.viewer.kind === 'member'
        ? ctx.loaders.byId(Notification, readableNotificationWhere(ctx.viewer)).load(id)
        : Promise.resolve(null),
  },
});
