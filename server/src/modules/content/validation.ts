import { z } from 'zod';
import { UserInputProblem, userErrorsFromZod } from '../../graphql/payload.js';
import { guardPersonalData } from '../privacy/guard.js';

/** Active content has no place in text: Markdown is rendered sanitised, and we refuse it at the door too. */
const ACTIVE_CONTENT = /<\s*(script|iframe|object|embed|style)\b|\bon[a-z]+\s*=|javascript:/i;

/** Text a person writes: trimmed, bounded, without script tags or event handlers. */
export function text(max: number, { min = 1 }: { min?: number } = {}) {
  return z
    .string()
    .trim()
    .min(min, min === 1 ? 'Must not be empty.' : `Must be at least ${min} characters.`)
    .max(max, `Must be at most ${max} characters.`)
    .refine((value) => !ACTIVE_CONTENT.test(value), {
      message: 'Must not contain script tags, event handlers or javascript: links.',
      params: { code: 'UNSAFE_CONTENT' },
    });
}

export const slug = z
  .string()
  .trim()
  .min(3, 'Must be at least 3 characters.')
  .max(200, 'Must be at most 200 characters.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, e.g. "skoleteam-i-fjordby".');

/**
 * A link a page may hold: an http(s) address with a host, or a path on this site. Browsers read "//host", "/\host"
 * and "/<tab>/host" as another site, so a path may not start with two slashes, and no backslash, whitespace or
 * control character may appear anywhere (browsers drop tabs and line breaks from addresses, or read "\" as "/").
 */
export function isSafeLink(value: string): boolean {
  if (/[\s\p{Cc}\p{Cf}\\]/u.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  // "https:host" without the slashes is an absolute address alone, but a path on a page served over https.
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const parsed = new URL(value);
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
      parsed.hostname !== '' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

export const url = z
  .string()
  .trim()
  .max(1000, 'Must be at most 1000 characters.')
  .refine(isSafeLink, 'Must be an http(s) address or a path on this site starting with a single "/".');

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, 'Must be at most 320 characters.')
  .email('Must be an email address, e.g. "navn@kommune.dk".');

/** Parses input with a schema, turning problems into user errors on the `input.*` fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new UserInputProblem(userErrorsFromZod(result.error, prefix));
  // Every validated input is also checked for CPR numbers, so no editing path can forget the guard.
  guardPersonalData(textsOf(result.data, prefix));
  return result.data;
}

/** Every string in an input, by its dotted path (passwords excepted: they are never stored as text). */
function textsOf(value: unknown, path: string, found: Record<string, string> = {}, depth = 0): Record<string, string> {
  if (typeof value === 'string') found[path] = value;
  else if (value && typeof value === 'object' && depth < 6) {
    for (const [key, item] of Object.entries(value))
      if (key !== 'password') textsOf(item, `${path}.${key}`, found, depth + 1);
  }
  return found;
}
