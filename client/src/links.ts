/**
 * Which links the client follows. The same rule as the server's `isSafeLink` (server/src/modules/content/
 * validation.ts): browsers read "//host", "/\host" and "/<tab>/host" as another site, so a path on this site starts
 * with exactly one slash and holds no backslash, whitespace or control character anywhere.
 */
const UNSAFE = /[\s\p{Cc}\p{Cf}\\]/u;

/** A path on this site (what sign-in may return to, and what the router may handle itself). */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !UNSAFE.test(value);
}

/** A link in written text: a path on this site, a fragment, or a web or mail address. */
export function isSafeHref(value: string): boolean {
  if (UNSAFE.test(value)) return false;
  if (value.startsWith('#') || isSitePath(value)) return true;
  // "https:host" without the slashes is an absolute address alone, but a path on a page served over https.
  if (!/^(https?:\/\/|mailto:)/i.test(value)) return false;
  try {
    const url = new URL(value);
    if (url.protocol === 'mailto:') return true;
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
