import { defineModule } from '../module.js';
import {
  DigestAlertsResolver,
  MethodFollowingResolver,
  NotificationAlertResolver,
  TopicFollowingResolver,
} from './alerts.resolver.js';
import { AlertsSubscriber } from './alerts.subscriber.js';

export const registration = defineModule({
  name: 'alerts',
  resolvers: [DigestAlertsResolver, MethodFollowingResolver, NotificationAlertResolver, TopicFollowingResolver],
  subscribers: () => [new AlertsSubscriber()],
});
