import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeLink } from './validation.js';

const BASE = 'https://vidensbro.example';
const seed = Number(process.env.FC_SEED ?? 20_261_206);

/** The oracle: what a browser (the WHATWG URL parser, as in Node) makes of a link on one of our pages. */
function leadsWhere(link: string): 'here' | 'web' | 'elsewhere' {
  const url = new URL(link, `${BASE}/cases/x`);
  if (url.origin === BASE) return 'here';
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? 'web' : 'elsewhere';
}

describe('links an editor may store', () => {
  it.each([
    '//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    ' //evil.example',
    '/\u200B/evil.example',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'http://',
    'https:evil.example',
    'https://user:pw@evil.example',
    'https://evil.example\\@vidensbro.example',
    'mailto:a@b.dk',
  ])('refuses %j', (link) => {
    expect(isSafeLink(link)).toBe(false);
  });

  it.each(['/cases/skoleteam', '/search?q=trivsel#top', 'https://www.socialstyrelsen.dk/vidensportal', 'http://x.dk'])(
    'accepts %j',
    (link) => {
      expect(isSafeLink(link)).toBe(true);
    },
  );

  it('never accepts a path that leaves the site, or an address that is not the web (property)', () => {
    const piece = fc.constantFrom(
      '/',
      '\\',
      '//',
      '\t',
      '\n',
      '\r',
      ' ',
      '\u00A0',
      '\u200B',
      '\u0000',
      '.',
      '..',
      ':',
      '@',
      '?',
      '#',
      '%2F',
      '%5C',
      'evil.example',
      'a',
      'http:',
      'https:',
      'javascript:',
      'data:',
      'mailto:',
      '／',
      '﹨',
      'ｅ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const link = pieces.join('');
        if (!isSafeLink(link)) return;
        const where = leadsWhere(link);
        if (link.startsWith('/')) expect(where, link).toBe('here');
        else expect(where, link).toBe('web');
      }),
      { numRuns: 5000, seed },
    );
  });
});
