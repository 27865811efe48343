import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../seeds/generate-content.js';
import { scrubSearchText } from './plain-text.js';

/** The scrub as first written: the address pattern may start anywhere, and every text goes through all three. */
function reference(text: string): string {
  const patterns: [RegExp, string][] = [
    [/[^\s@]+@[^\s@]+\.[a-z]{2,}/gi, '[e-mail]'],
    [/vb[tsi]_\S*/gi, '[hemmelighed]'],
    [/scrypt\$\S*/gi, '[hash]'],
  ];
  let result = text;
  for (let pass = 0; pass < 5 && patterns.some(([p]) => new RegExp(p.source, 'i').test(result)); pass++)
    for (const [pattern, replacement] of patterns) result = result.replace(pattern, replacement);
  return result;
}

describe('scrubSearchText', () => {
  it('removes addresses, secrets and hashes, also where they overlap', () => {
    expect(scrubSearchText('skriv til mette@drøft.dk, brug VBT_abc og scrypt$1$2')).toBe(
      'skriv til [e-mail], brug [hemmelighed] og [hash]',
    );
    expect(scrubSearchText('a@b@c.dk')).toBe(reference('a@b@c.dk'));
    expect(scrubSearchText('x@y.dk@z.org')).toBe(reference('x@y.dk@z.org'));
  });

  it('leaves text without any of them as it is', () => {
    const text = 'Plejefamilien og skolen arbejder sammen om trivsel.';
    expect(scrubSearchText(text)).toBe(text);
  });

  it('agrees with the original patterns on random text made of their pieces', () => {
    const random = mulberry32(14);
    const pieces = ['a', 'æ', '.', '@', ' ', 'dk', 'vb', 't_', 's_', 'scrypt$', 'x', '\n', 'B'];
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(random() * 14);
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(scrubSearchText(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it('stays linear in a long run of text without spaces', () => {
    // The original address pattern re-scanned the rest of the run from every position: ~10^9 steps here.
    const run = `${'a'.repeat(60_000)}@`;
    const started = performance.now();
    expect(scrubSearchText(run)).toBe(run);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
