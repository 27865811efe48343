import { beforeAll, describe, expect, it } from 'vitest';
import { danishLexicon, type DanishLexicon } from '../../src/search/lexicon.js';
import { MAX_QUERY_CHARS } from '../../src/search/query-analysis.js';
import { nearEnough, searchTranscript, type TranscriptCue } from '../../src/search/transcript.js';

let lexicon: DanishLexicon;
beforeAll(async () => {
  lexicon = await danishLexicon();
});

/** One talk's transcript; each segment is the only one a test below should find. */
const cues: TranscriptCue[] = [
  { startSeconds: 0, text: 'Godmorgen og velkommen til oplægget.' },
  { startSeconds: 30, text: 'Når vi kigger tilbage på de sammenbrud, vi har haft, sker det tidligt.' },
  { startSeconds: 60, text: 'Plejefamilierne ringer først, når det allerede brænder.' },
  { startSeconds: 90, text: 'Anbringelsen var planlagt i god tid.' },
  { startSeconds: 120, text: 'Skolen ringede hver dag om fraværet.' },
  { startSeconds: 150, text: 'Vi arbejder med tutoring og højtlæsning.' },
  { startSeconds: 180, text: 'Samarbejde med forældrene er afgørende.' },
  { startSeconds: 210, text: 'Børnene var trætte efter de søvnløse nætter.' },
  { startSeconds: 240, text: 'Tak for i dag. <script>alert("x")</script> & farvel' },
];

const find = (query: string, extra: { offset?: number; limit?: number; cues?: TranscriptCue[] } = {}) =>
  searchTranscript({ lexicon, cues: extra.cues ?? cues, query, offset: extra.offset ?? 0, limit: extra.limit ?? 20 });
const indexes = (query: string) => find(query).hits.map((hit) => hit.index);

describe('transcript search reads queries as site search does', () => {
  it('forgives typos, with Meilisearch’s numbers', () => {
    expect(indexes('sammenbrudd')).toEqual([1]);
    expect(indexes('sammebrud')).toEqual([1]);
    expect(indexes('pljefamilierne')).toEqual([2]);
    // Short words get no typos, and a wrong first letter counts twice.
    expect(nearEnough('skol', 'skal', 0, false)).toBe(false);
    expect(nearEnough('kolen', 'skolen', 1, false)).toBe(false);
    expect(nearEnough('skolne', 'skolen', 1, false)).toBe(true);
    // The word being typed matches the beginning of a word, with the same typo allowance.
    expect(nearEnough('plejfam', 'plejefamilierne', 1, true)).toBe(true);
    expect(nearEnough('plejfam', 'plejefamilierne', 1, false)).toBe(false);
    expect(nearEnough('plejfm', 'plejefamilierne', 1, true)).toBe(false);
  });

  it('finds inflected forms through their base form', () => {
    expect(indexes('plejefamilien')).toEqual([2]);
    expect(indexes('anbringelser')).toEqual([3]);
    expect(indexes('ringe')).toEqual([2, 4]);
    // Plurals the dictionary cannot relate (seeds/search/irregular-forms.ts).
    expect(indexes('barn')).toEqual([7]);
  });

  it('finds compound parts, and a compound by its parts', () => {
    expect(indexes('familie')).toEqual([2]);
    expect(indexes('læsning')).toEqual([5]);
    expect(indexes('forældresamarbejde')).toEqual([6]);
  });

  it('finds everyday words through the synonyms site search uses', () => {
    expect(indexes('placering')).toEqual([3]);
    expect(indexes('lektiehjælp')).toEqual([5]);
  });

  it('leaves question and filler words out, and ranks segments holding more words first', () => {
    const result = find('hvornår ringer skolen om fravær');
    expect(result.searchedAs).not.toMatch(/hvornår|\bom\b/);
    expect(result.hits.map((h) => [h.index, h.matchedWords])).toEqual([
      [4, 3],
      [2, 1],
    ]);
    // A lone stop word finds nothing (several in a row are read as a name, as site search reads them).
    expect(indexes('og')).toEqual([]);
    expect(indexes('   ')).toEqual([]);
  });

  it('reads the word being typed as a prefix, phrases as written, and -word as an exclusion', () => {
    expect(indexes('plejefam')).toEqual([2]);
    expect(indexes('plejefam ')).toEqual([]);
    expect(indexes('"søvnløse nætter"')).toEqual([7]);
    expect(indexes('"nætter søvnløse"')).toEqual([]);
    expect(indexes('ringe -skole')).toEqual([2]);
  });

  it('marks the matched words in escaped HTML and keeps start times', () => {
    const [hit] = find('plejefamilie').hits;
    expect(hit).toMatchObject({ index: 2, startSeconds: 60, matchedWords: 1 });
    expect(hit!.snippet).toBe('<mark>Plejefamilierne</mark> ringer først, når det allerede brænder.');
    const [tak] = find('farvel').hits;
    expect(tak!.snippet).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>farvel</mark>');
    expect(tak!.snippet).not.toContain('<script');
  });

  it('cuts a long segment’s snippet around the match', () => {
    const long = [{ startSeconds: 5, text: `${'ord '.repeat(200)}sammenbrud ${'ord '.repeat(200)}` }];
    const [hit] = find('sammenbrud', { cues: long }).hits;
    expect(hit!.snippet).toMatch(/^….*<mark>sammenbrud<\/mark>.*…$/);
    expect(hit!.snippet.split(' ').length).toBeLessThanOrEqual(26);
  });

  it('pages through the matches', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ startSeconds: i * 10, text: `Plejefamilie nummer ${i}.` }));
    const first = find('plejefamilie', { cues: many, limit: 100 });
    expect(first.totalCount).toBe(250);
    expect(first.hits).toHaveLength(100);
    const third = find('plejefamilie', { cues: many, offset: 200, limit: 100 });
    expect(third.hits.map((h) => h.index)).toEqual(Array.from({ length: 50 }, (_, i) => 200 + i));
  });
});

describe('transcript search is bounded', () => {
  it('reads at most MAX_QUERY_CHARS of a query and reduces a pasted text to its most telling words', () => {
    const pasted =
      'Plejefamilien ringede, fordi skolen havde ringet om fraværet igen, og barnet havde sovet dårligt i flere nætter efter samværet med forældrene.';
    const result = find(pasted);
    expect(result.reduced).toBe(true);
    expect(result.searchedAs.split(' ').length).toBeLessThanOrEqual(8);
    expect(result.hits.length).toBeGreaterThan(0);
    const start = performance.now();
    const huge = find(`${pasted} `.repeat(700)); // ~100,000 characters
    expect(huge.reduced).toBe(true);
    expect(MAX_QUERY_CHARS).toBeLessThan(100_000);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('searches an hour-long transcript in time linear in its length', () => {
    // A few thousand segments, as an hour of speech has, made from varied Danish sentences.
    const sentences = cues.slice(0, 8).map((cue) => cue.text);
    const transcript = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ startSeconds: i, text: `${sentences[i % 8]} Afsnit ${i}.` }));
    const time = (n: number) => {
      const list = transcript(n);
      find('sammenbrudd plejefamilie', { cues: list }); // warm the lexicon's cache for these words
      const start = performance.now();
      const result = find('sammenbrudd plejefamilie', { cues: list });
      expect(result.totalCount).toBe(n / 4);
      return performance.now() - start;
    };
    const hour = time(4000);
    const fourHours = time(16000);
    console.log(`transcript search: 4000 segments ${hour.toFixed(1)} ms, 16000 segments ${fourHours.toFixed(1)} ms`);
    expect(hour).toBeLessThan(1000);
    // Linear, with room for a noisy shared machine: four times the segments, well under sixteen times the time.
    expect(fourHours).toBeLessThan(hour * 12 + 100);
  });
});
