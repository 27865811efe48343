import type { EntityManager } from '@mikro-orm/postgresql';

/** Members whose digest is queued per round; the next round takes the rest. */
const BATCH = 500;

/**
 * Queues the digest email of every member whose period (a day or a week since the last one, or since they joined)
 * has passed. One statement: the member's digest_sent_at moves on and the outbox row is written together, and rows
 * taken by another process (SKIP LOCKED) are left to it, so no member gets two digests for one period. The message
 * itself is built when it is sent (render.ts), with the member's rights at that moment; an empty digest sends nothing.
 */
export async function queueDueDigests(em: EntityManager, now = new Date()): Promise<number> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with due as (
       select id, email, coalesce(language, 'da') as language, digest_frequency,
         coalesce(digest_sent_at, ?::timestamptz - (case digest_frequency when 'DAILY' then interval '1 day' else interval '7 days' end)) as since
       from member
       where deactivated_at is null and digest_frequency in ('DAILY', 'WEEKLY')
         and coalesce(digest_sent_at, created_at)
             <= ?::timestamptz - (case digest_frequency when 'DAILY' then interval '1 day' else interval '7 days' end)
       order by id limit ? for update skip locked),
     moved as (update member m set digest_sent_at = ? from due where m.id = due.id returning m.id)
     insert into mail_outbox (kind, member_id, recipient, language, data)
     select 'DIGEST', due.id, due.email, due.language,
       jsonb_build_object('since', to_char(due.since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                          'frequency', due.digest_frequency)
     from due join moved on moved.id = due.id
     returning id`,
    [now, now, BATCH, now],
  );
  return rows.length;
}
