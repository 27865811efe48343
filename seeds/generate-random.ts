/** Small deterministic helpers for the synthetic content generator: a seeded PRNG and slugs. No Math.random. */

/** mulberry32: a tiny, fast 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** Integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  chance: (p: number) => boolean;
  /** Up to k distinct items (k is small), in order of first draw. */
  sample: <T>(list: readonly T[], k: number) => T[];
}

export function createRandom(seed: number): Random {
  const rng = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  return {
    int: (min, max) => min + Math.floor(rng() * (max - min + 1)),
    pick,
    chance: (p) => rng() < p,
    sample<T>(list: readonly T[], k: number): T[] {
      const out: T[] = [];
      for (let tries = 0; out.length < Math.min(k, list.length) && tries < k * 8; tries++) {
        const item = pick(list);
        if (!out.includes(item)) out.push(item);
      }
      return out;
    },
  };
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Lowercase kebab-case ASCII, with æ→ae, ø→oe, å→aa. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
