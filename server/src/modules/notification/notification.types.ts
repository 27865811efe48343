import { connectionType } from '../../graphql/connection.js';
import { Notification } from './notification.entity.js';

export const NotificationConnection = connectionType(Notification, 'Notification', 'A page of notifications.');
