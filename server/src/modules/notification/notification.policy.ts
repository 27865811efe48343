import type { FilterQuery } from '@mikro-orm/postgresql';
import type { MemberViewer } from '../auth/viewer.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableWhere } from '../content/content.policy.js';
import type { Thread } from '../discussion/thread.entity.js';
import type { Event } from '../event/event.entity.js';
import type { Study } from '../evidence/study.entity.js';
import type { Method } from '../method/method.entity.js';
import type { Notification } from './notification.entity.js';

/**
 * A member's notifications, as far as they may read what each points at NOW: its thread (and so the comment in it)
 * and its meeting. A notification was written when its reader could read the thread; narrowing the item, taking it
 * back to draft or a lapsed membership hides it again (and widening it brings it back), like every other read path.
 */
export function readableNotificationWhere(viewer: MemberViewer): FilterQuery<Notification> {
  return {
    member: viewer.memberId,
    $and: [
      noneOrReadable('thread', readableWhere<Thread & ContentEntity>(viewer)),
      noneOrReadable('event', readableWhere<Event>(viewer)),
      noneOrReadable('method', readableWhere<Method>(viewer)),
      noneOrReadable('study', readableWhere<Study>(viewer)),
    ],
  };
}

/** The reference is empty or points at a readable row. "No restriction" (an admin) must stay that way. */
function noneOrReadable<T extends object>(
  relation: 'thread' | 'event' | 'method' | 'study',
  readable: FilterQuery<T>,
): object {
  if (typeof readable === 'object' && Object.keys(readable).length === 0) return {};
  return { $or: [{ [relation]: null }, { [relation]: readable }] };
}
