import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHref } from './components/markdown/parse';
import { isSafeHref, isSitePath } from './links';

const BASE = 'https://vidensbro.example';
const seed = Number(process.env.FC_SEED ?? 20_261_206);

/** The oracle: where a browser (the WHATWG URL parser) takes a link on one of our pages. */
function leadsWhere(link: string): 'here' | 'web' | 'mail' | 'elsewhere' {
  const url = new URL(link, `${BASE}/cases/x`);
  if (url.origin === BASE) return 'here';
  if (url.protocol === 'mailto:') return 'mail';
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? 'web' : 'elsewhere';
}

const OFF_SITE = ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', '/\u200B/x', '\\\\x'];

describe('links the client follows', () => {
  it.each(OFF_SITE)('never returns to %j after sign-in, nor treats it as a path', (link) => {
    expect(isSitePath(link)).toBe(false);
  });

  it.each([...OFF_SITE, 'javascript:alert(1)', 'https:evil.example', 'data:text/html,x'])(
    'shows %j in written text as text, not a link',
    (link) => {
      expect(safeHref(link)).toBeUndefined();
    },
  );

  it.each(['/methods?styrke=MODERATE', '#svar', 'https://www.socialstyrelsen.dk', 'mailto:redaktion@vidensbro.dk'])(
    'follows %j',
    (link) => {
      expect(isSafeHref(link)).toBe(true);
    },
  );

  it('never takes a site path off the site, nor a link anywhere but the web or mail (property)', () => {
    const piece = fc.constantFrom(
      '/',
      '\\',
      '//',
      '\t',
      '\n',
      ' ',
      '\u00A0',
      '\u200B',
      '.',
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
      'mailto:',
      '／',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const link = pieces.join('');
        if (isSitePath(link)) expect(leadsWhere(link), link).toBe('here');
        if (isSafeHref(link)) expect(['here', 'web', 'mail'], link).toContain(leadsWhere(link));
      }),
      { numRuns: 5000, seed },
    );
  });
});
