export type LinkStatus = 'active' | 'revoked' | 'expired' | 'paused';

/**
 * A link's state as its maker sees it: revoked wins over expired, as revoking is what they did; a link that is
 * neither but does not work (the server's `active`) is paused while its item is unpublished or narrowed.
 */
export function linkStatus(
  link: { revokedAt?: string | null; expiresAt?: string | null; active?: boolean },
  now = new Date(),
): LinkStatus {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt && new Date(link.expiresAt) <= now) return 'expired';
  return link.active === false ? 'paused' : 'active';
}

/** The full address to give someone, from the path the server returns (/shared/{secret}). */
export function shareUrl(path: string, origin: string): string {
  return new URL(path, origin).toString();
}

/**
 * A date field's value (YYYY-MM-DD) as the end of that day in the reader's time zone, so a link "until 3 March"
 * still works on 3 March. Empty means no expiry.
 */
export function endOfDay(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Date(y, m - 1, d, 23, 59, 59).toISOString();
}

/** Tomorrow as YYYY-MM-DD in the reader's time zone: the earliest expiry a date field should offer. */
export function tomorrow(now = new Date()): string {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`;
}
