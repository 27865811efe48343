import type { EventSubscriber, FlushEventArgs, UnitOfWork } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyInTransaction } from '../../live/pubsub.js';
import { NOTIFICATION_ADDED } from '../notification/notification.commands.js';
import { eventsOf } from './events.js';
import { notificationsFor } from './notify.js';

/**
 * Turns what a flush changed (a rating added or regraded, a study published or linked) into notifications for the
 * people who follow it, inside the same transaction, whichever write path made the change; they are sent live once
 * the flush is written (in the transaction, so listeners see them only when it commits).
 */
export class AlertsSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<UnitOfWork, { id: string; memberId: string }[]>();

  async onFlush(args: FlushEventArgs): Promise<void> {
    // A flush that failed never reached afterFlush: its notifications were rolled back, so forget them.
    this.pending.delete(args.uow);
    const events = eventsOf(args);
    if (events.length === 0) return;
    const em = args.em as EntityManager;
    const created = await notificationsFor(em, args.uow, events);
    if (created.length)
      this.pending.set(
        args.uow,
        created.map((n) => ({ id: n.id, memberId: n.member.id })),
      );
  }

  async afterFlush(args: FlushEventArgs): Promise<void> {
    const sent = this.pending.get(args.uow);
    if (!sent) return;
    this.pending.delete(args.uow);
    const em = args.em as EntityManager;
    for (const n of sent)
      await notifyInTransaction(em, `${NOTIFICATION_ADDED}:${n.memberId}`, { notificationId: n.id });
  }
}
