/** Email addresses and Vidensbro secrets never reach a log line, whatever produced it (an error, a query, us). */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const SECRET = /\bvb[tsi]_[A-Za-z0-9_-]{16,}/g;
const PASSWORD_HASH = /scrypt\$[^\s"']+/g;

export function scrubText(text: string): string {
  return text.replace(EMAIL, '[email]').replace(SECRET, '[secret]').replace(PASSWORD_HASH, '[hash]');
}

/** Deep copy with every string scrubbed (errors become plain objects with message and stack scrubbed). */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubText(value.message),
      stack: value.stack ? scrubText(value.stack) : undefined,
    };
  }
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, depth + 1)]));
}
