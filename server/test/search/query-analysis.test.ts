import { beforeAll, describe, expect, it } from 'vitest';
import { danishLexicon, type DanishLexicon } from '../../src/search/lexicon.js';
import { alternatives, mostTelling } from '../../src/search/broaden.js';
import { analyseQuery, MAX_QUERY_CHARS, queryString, searchForm } from '../../src/search/query-analysis.js';
import { damerau } from '../../src/search/suggestions.js';

let lexicon: DanishLexicon;
beforeAll(async () => {
  lexicon = await danishLexicon();
});

describe('query analysis', () => {
  it('leaves question words, fillers and single characters out', () => {
    const a = analyseQuery(lexicon, 'Hvordan kan vi hjælpe et barn i pleje med lektier?');
    expect(a.words.map((w) => w.form)).toEqual(['hjælpe', 'barn', 'pleje', 'lektie']);
    expect(analyseQuery(lexicon, "' OR 1=1 --").words).toEqual([]);
  });

  it('corrects an unknown word before it splits it', () => {
    expect(lexicon.correction('eftervæn')).toBe('efterværn');
    expect(searchForm(lexicon, 'eftervæn').form).toBe('efterværn');
    expect(searchForm(lexicon, 'forældresamarbjede').form).toBe('forældresamarbejde');
  });

  it('keeps a known compound whole and offers its parts', () => {
    expect(searchForm(lexicon, 'forældresamarbejde')).toEqual({
      form: 'forældresamarbejde',
      parts: ['forælder', 'samarbejde'],
    });
    // Parts too short to mean the whole are not offered: "sårbar" is not "sår" + "bare".
    expect(searchForm(lexicon, 'sårbare').parts).toEqual([]);
  });

  it('searches words no Danish dictionary knows by their English stem', () => {
    expect(searchForm(lexicon, 'outcomes').form).toBe('outcom');
  });

  it('reads at most MAX_QUERY_CHARS characters, in time linear in the input', () => {
    const start = performance.now();
    const a = analyseQuery(lexicon, 'plejefamilie '.repeat(80_000));
    expect(a.cut).toBe(true);
    expect(a.words).toHaveLength(1);
    expect(a.words[0]!.count).toBeLessThanOrEqual(MAX_QUERY_CHARS / 12);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('picks the most telling words of a long text by tf-idf, never unknown or everywhere words', () => {
    const words = analyseQuery(lexicon, 'plejefamilie anbringelse anbringelse barn qqq').words;
    const df = new Map([
      ['plejefamilie', 40],
      ['anbringelse', 3],
      ['barn', 90],
      ['qqq', 0],
    ]);
    expect(mostTelling(words, { total: 100, df }).map((w) => w.form)).toEqual(['anbringelse', 'plejefamilie']);
  });

  it('broadens a thin query with parts and without each word in turn', () => {
    const words = analyseQuery(lexicon, 'forældresamarbejde fjord').words;
    const df = new Map([
      ['forældresamarbejde', 2],
      ['fjord', 1],
    ]);
    const qs = alternatives(words, [], df).map((a) => a.q);
    expect(qs).toContain('forælder samarbejde fjord');
    expect(qs).toContain('forældresamarbejde');
    expect(qs).toContain('fjord');
    expect(queryString(words, [])).toBe('forældresamarbejde fjord');
  });

  it('measures edit distance with neighbour swaps', () => {
    expect(damerau('plejefamilei', 'plejefamilie', 3)).toBe(1);
    expect(damerau('skole', 'skolegang', 2)).toBe(3);
  });
});
