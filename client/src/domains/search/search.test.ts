import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, STRENGTHS, TARGET_GROUPS } from '../enums';
import { parseMarked } from './hits';
import { clearAll, hasFilters, readSearch, toggle } from './state';

const allowed = { targetGroups: TARGET_GROUPS, strengths: STRENGTHS, orgKinds: ORGANISATION_KINDS };

describe('parseMarked', () => {
  it('turns the API’s escaped, marked text into plain parts', () => {
    expect(parseMarked('<mark>Skole</mark>team &amp; høje &lt;forventninger&gt;')).toEqual([
      { text: 'Skole', hit: true },
      { text: 'team & høje <forventninger>', hit: false },
    ]);
    expect(parseMarked('ingen fund')).toEqual([{ text: 'ingen fund', hit: false }]);
    expect(parseMarked('…fravær.\n\n### Hvad vi **gjorde**\nHele')).toEqual([
      { text: '…fravær. Hvad vi gjorde Hele', hit: false },
    ]);
    // Anything that is not a mark stays text, even if it looks like HTML once unescaped.
    expect(parseMarked('&lt;script&gt;x&lt;/script&gt;')).toEqual([{ text: '<script>x</script>', hit: false }]);
  });
});

describe('search state in the URL', () => {
  it('reads lists, ignores unknown values and bounds the page count', () => {
    const state = readSearch(
      { q: ' skole ', type: 'METHOD,CASE,NONSENSE', maalgruppe: 'FOSTER_CHILDREN', fra: '2024', vis: '99' },
      allowed,
    );
    expect(state).toMatchObject({
      q: 'skole',
      types: ['METHOD', 'CASE'],
      targetGroups: ['FOSTER_CHILDREN'],
      yearFrom: 2024,
      pages: 5,
    });
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(readSearch({ q: 'x' }, allowed))).toBe(false);
  });

  it('keeps every kind of hit the type facet offers, discussions too', () => {
    // The facet lists the types the server counted; one the URL then dropped could be chosen but never applied.
    expect(readSearch({ type: 'THREAD,WORKSHOP_OUTPUT' }, allowed).types).toEqual(['THREAD', 'WORKSHOP_OUTPUT']);
  });

  it('toggles a facet value and goes back to the first page', () => {
    const state = readSearch({ type: 'METHOD', vis: '2' }, allowed);
    expect(toggle(state, 'types', 'CASE')).toEqual({ type: 'METHOD,CASE', vis: null });
    expect(toggle(state, 'types', 'METHOD')).toEqual({ type: null, vis: null });
    expect(Object.values(clearAll()).every((v) => v === null)).toBe(true);
  });
});
