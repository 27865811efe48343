import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../platform/logger.js';
import { MailOutbox, MailStatus } from './mail.entities.js';
import { renderOutboxMail } from './render.js';
import { mailKey } from './signing.js';
import type { MailTransport } from './transport.js';

/** Tries per message before it is marked FAILED; with the backoff below that spans about two days. */
export const MAX_ATTEMPTS = 12;
/** How long one process holds a message it is sending before another may take it over (a crashed sender). */
const LEASE_SECONDS = 300;

/** 30 s, 1 min, 2 min, … doubling up to 6 h between tries. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

export interface DeliveryDeps {
  em: EntityManager;
  transport: MailTransport;
  baseUrl: string;
  logger: Logger;
}

export interface DeliveryResult {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

/**
 * Leases due messages (FOR UPDATE SKIP LOCKED, so several processes share the outbox without sending anything
 * twice), then renders and sends each outside any transaction. A failure keeps the message for a later try; after
 * MAX_ATTEMPTS it is FAILED and stays in the table for an operator.
 */
export async function deliverDue(deps: DeliveryDeps, limit = 20): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, skipped: 0, retried: 0, failed: 0 };
  const em = deps.em.fork();
  const leased = await em.getConnection().execute<{ id: string }[]>(
    `update mail_outbox set locked_until = now() + make_interval(secs => ?), attempts = attempts + 1
     where id in (select id from mail_outbox
       where status = 'PENDING' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
       order by next_attempt_at, id limit ? for update skip locked)
     returning id`,
    [LEASE_SECONDS, limit],
  );
  if (leased.length === 0) return result;
  const key = await mailKey(em);
  const rows = await em.find(MailOutbox, { id: { $in: leased.map((r) => String(r.id)) } }, { orderBy: { id: 'asc' } });
  for (const row of rows) {
    try {
      const mail = await renderOutboxMail(row, { em, baseUrl: deps.baseUrl, key });
      if (mail) {
        const { messageId } = await deps.transport.send(mail);
        Object.assign(row, { status: MailStatus.SENT, sentAt: new Date(), messageId });
        result.sent++;
      } else {
        row.status = MailStatus.SKIPPED;
        result.skipped++;
      }
      // The secret of a reset or invitation link has no use here once the message is out.
      row.data = {};
      row.lockedUntil = null;
      row.lastError = null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      row.lastError = message.slice(0, 2000);
      row.lockedUntil = null;
      if (row.attempts >= MAX_ATTEMPTS) {
        row.status = MailStatus.FAILED;
        result.failed++;
        deps.logger.error({ mailId: row.id, kind: row.kind, err: message }, 'Gave up sending an email');
      } else {
        row.nextAttemptAt = new Date(Date.now() + backoffSeconds(row.attempts) * 1000);
        result.retried++;
        deps.logger.warn({ mailId: row.id, kind: row.kind, err: message }, 'Sending an email failed; will retry');
      }
    }
    await em.flush();
  }
  return result;
}
