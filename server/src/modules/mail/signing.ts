import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** What an unsubscribe link turns off: the digest, or notification emails. */
export type UnsubscribeTopic = 'digest' | 'notifications';

/** The database's signing key for unsubscribe links, made by the migration; every server process shares it. */
export async function mailKey(em: EntityManager): Promise<string> {
  const rows = await em.getConnection().execute<{ secret: string }[]>('select secret from mail_key where id = 1');
  const secret = rows[0]?.secret;
  if (!secret) throw new Error('mail_key has no row: the mail migration did not run');
  return secret;
}

function signature(key: string, topic: UnsubscribeTopic, memberId: string): string {
  return createHmac('sha256', key).update(`unsubscribe\n${topic}\n${memberId}`).digest('base64url');
}

/**
 * A link token that turns one kind of email off for one member without signing in: "<topic>.<member id>.<HMAC>".
 * It cannot be forged for another member or topic, and it does not expire, so the link in an old email still works.
 */
export function unsubscribeToken(key: string, topic: UnsubscribeTopic, memberId: string): string {
  return `${topic}.${memberId}.${signature(key, topic, memberId)}`;
}

const TOKEN = /^(digest|notifications)\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

/** The topic and member of a valid token; null for anything else (malformed, forged, another key). */
export function verifyUnsubscribeToken(
  key: string,
  token: string,
): { topic: UnsubscribeTopic; memberId: string } | null {
  const match = TOKEN.exec(token.slice(0, 200));
  if (!match) return null;
  const topic = match[1] as UnsubscribeTopic;
  const memberId = match[2]!;
  const expected = Buffer.from(signature(key, topic, memberId));
  const actual = Buffer.from(match[3]!);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? { topic, memberId } : null;
}
