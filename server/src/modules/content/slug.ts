import type { EntityManager, EntityName } from '@mikro-orm/postgresql';

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', ü: 'u', ö: 'oe', ä: 'ae' };

/** "Læring i plejefamilien" → "laering-i-plejefamilien". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (c) => DANISH[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The wanted slug, or the title's, made unique within the type by a numeric suffix. */
export async function uniqueSlug<T extends { slug: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  wanted: string,
): Promise<string> {
  const base = wanted || 'uden-titel';
  const taken = new Set(
    (await em.find(entity, { slug: { $like: `${base}%` } } as never, { fields: ['slug'] as never })).map(
      (row) => row.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
