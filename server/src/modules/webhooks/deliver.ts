import type { EntityManager } from '@mikro-orm/postgresql';
import { readersAmong, sql } from '../alerts/recipients.js';
import type { Visibility } from '../content/content.enums.js';
import type { Logger } from '../../platform/logger.js';
import { send, type SendOptions } from './send.js';
import { sign, SIGNATURE_HEADER } from './sign.js';
import { DeliveryStatus } from './webhook.entities.js';

export interface DeliveryOptions extends SendOptions {
  maxAttempts: number;
  /** The wait after the first failed attempt; each further failure doubles it (capped at a day). */
  retryBaseMs: number;
}

/** When the attempt after `attempts` failed ones is due: base · 2^(attempts−1), at most a day. */
export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 86_400_000);
}

interface Due {
  id: string;
  event: string;
  subject_type: string;
  subject_id: string;
  payload: Record<string, unknown>;
  attempts: number;
  url: string;
  secret: string;
  member_id: string;
  token_live: boolean;
}

/** Whether the webhook's token is still valid and its member may read what the delivery is about, now. */
async function stillReadable(em: EntityManager, due: Due): Promise<boolean> {
  if (!due.token_live) return false;
  const meta = em.getMetadata().find(due.subject_type);
  if (!meta) return false;
  type Row = { visibility: Visibility; published_at: Date | null; owner_id: string | null };
  const [row] = await sql<Row>(em, `select visibility, published_at, owner_id from "${meta.tableName}" where id = ?`, [
    due.subject_id,
  ]);
  if (!row) return false;
  const facts = { visibility: row.visibility, publishedAt: row.published_at, ownerId: row.owner_id };
  return (await readersAmong(em, [due.member_id], facts, '')).length === 1;
}

/**
 * Sends the deliveries that are due, at most `limit`: each is leased first (FOR UPDATE SKIP LOCKED, so several
 * workers share the queue), signed, sent, and logged with its status, response code and attempts; a failure is
 * retried with exponential backoff until `maxAttempts`. Returns how many were attempted.
 */
export async function deliverDue(
  em: EntityManager,
  options: DeliveryOptions,
  logger?: Logger,
  limit = 20,
): Promise<number> {
  const leaseMs = options.timeoutMs * 2 + 1000;
  const due = await sql<Due>(
    em,
    `with leased as (
       update webhook_delivery set next_attempt_at = now() + (? * interval '1 millisecond')
       where id in (select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= now()
                    order by next_attempt_at limit ? for update skip locked)
       returning *)
     select l.id, l.event, l.subject_type, l.subject_id, l.payload, l.attempts, w.url, w.secret, w.member_id,
       (t.revoked_at is null and (t.expires_at is null or t.expires_at > now())) as token_live
     from leased l join webhook w on w.id = l.webhook_id join api_token t on t.id = w.token_id`,
    [leaseMs, limit],
  );
  await Promise.all(
    due.map(async (item) => {
      if (!(await stillReadable(em, item))) {
        await sql(
          em,
          `update webhook_delivery set status = ?, next_attempt_at = null, updated_at = now() where id = ?`,
          [DeliveryStatus.SKIPPED, item.id],
        );
        return;
      }
      const body = JSON.stringify({ ...item.payload, deliveryId: item.id });
      const timestamp = Math.floor(Date.now() / 1000);
      const result = await send(
        item.url,
        body,
        {
          [SIGNATURE_HEADER]: sign(item.secret, body, timestamp),
          'x-vidensbro-event': item.event,
          'x-vidensbro-delivery': item.id,
          'user-agent': 'Vidensbro-Webhooks/1',
        },
        options,
      );
      const attempts = item.attempts + 1;
      const ok = result.status !== null && result.status >= 200 && result.status < 300;
      const status = ok
        ? DeliveryStatus.DELIVERED
        : attempts >= options.maxAttempts
          ? DeliveryStatus.FAILED
          : DeliveryStatus.PENDING;
      const next =
        status === DeliveryStatus.PENDING ? new Date(Date.now() + backoffMs(attempts, options.retryBaseMs)) : null;
      const error = ok ? null : (result.error ?? `The receiver answered ${result.status}.`);
      await sql(
        em,
        `update webhook_delivery set status = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = now(),
           response_code = ?, last_error = ?, updated_at = now() where id = ?`,
        [status, attempts, next, result.status, error, item.id],
      );
      if (!ok) logger?.info({ delivery: item.id, attempts, status }, 'A webhook delivery failed');
    }),
  );
  return due.length;
}

/** Runs `deliverDue` every `pollMs` until stopped; one round at a time. */
export function startWebhookWorker(props: {
  fork: () => EntityManager;
  options: DeliveryOptions;
  pollMs: number;
  logger: Logger;
}): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        while ((await deliverDue(props.fork(), props.options, props.logger)) > 0 && !stopped);
      } catch (error) {
        props.logger.warn({ err: error }, 'Webhook deliveries could not be sent');
      }
    });
  }, props.pollMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
