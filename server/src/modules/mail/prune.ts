import type { EntityManager } from '@mikro-orm/postgresql';

/** Sent and skipped messages are kept this long (to answer "did it go out?"), failed ones longer for an operator. */
export const KEEP_SENT_DAYS = 30;
export const KEEP_FAILED_DAYS = 90;

/**
 * Deletes what has served its purpose: old outbox rows (they hold addresses, personal data kept no longer than
 * needed) and reset links that are used or long expired.
 */
export async function pruneMail(em: EntityManager, now = new Date()): Promise<number> {
  const day = 86_400_000;
  const connection = em.getConnection();
  const outbox = await connection.execute(
    `delete from mail_outbox where (status in ('SENT', 'SKIPPED') and created_at < ?)
       or (status = 'FAILED' and created_at < ?)`,
    [new Date(now.getTime() - KEEP_SENT_DAYS * day), new Date(now.getTime() - KEEP_FAILED_DAYS * day)],
    'run',
  );
  const resets = await connection.execute(
    `delete from password_reset where expires_at < ?`,
    [new Date(now.getTime() - day)],
    'run',
  );
  return (
    Number((outbox as { affectedRows?: number }).affectedRows ?? 0) +
    Number((resets as { affectedRows?: number }).affectedRows ?? 0)
  );
}
