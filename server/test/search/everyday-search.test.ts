import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchTest, hasMeilisearch, type SearchTest } from './helpers.js';

let t: SearchTest;
beforeAll(async () => {
  if (hasMeilisearch) t = await createSearchTest({ demo: true });
});
afterAll(async () => t?.cleanup());

interface Result {
  totalCount: number;
  searchedAs: string;
  reduced: boolean;
  ignoredWords: string[];
  broadened: boolean;
  nearestTerms: string[];
  nearestTopics: { topic: { nameDa: string }; count: number }[];
  nodes: { slug?: string }[];
}

async function search(query: string, first = 10) {
  const res = await t.client.query<{ search: Result }>(
    `query($q: String!, $first: Int) { search(query: $q, first: $first) {
      totalCount searchedAs reduced ignoredWords broadened nearestTerms nearestTopics { topic { nameDa } count }
      nodes { ... on Case { slug } ... on Method { slug } ... on Study { slug } ... on Talk { slug } ... on Organisation { slug } }
    } }`,
    { q: query, first },
  );
  return res;
}

describe.runIf(hasMeilisearch)('search as practitioners type', () => {
  it('does not let question and filler words decide', async () => {
    const { data } = await search('hvordan kan plejeforældre hjælpe med lektier');
    expect(data!.search.searchedAs).not.toMatch(/hvordan|kan\b|med\b/);
    expect(data!.search.nodes.slice(0, 5).map((n) => n.slug)).toContain('noerreaa-tutoring-plejeforaeldre');
  });

  it('ignores a word nothing contains instead of returning nothing, and says so', async () => {
    const { data } = await search('qzxwvk skolefravær');
    expect(data!.search.nodes[0]!.slug).toBe('eksempel-skolefravaer-registerstudie');
    expect(data!.search.ignoredWords).toEqual(['qzxwvk']);
  });

  it('corrects a typo before splitting a compound', async () => {
    const { data } = await search('eftervæn');
    expect(data!.search.searchedAs).toBe('efterværn');
    expect(data!.search.nodes.slice(0, 5).map((n) => n.slug)).toContain('noerreaa-eftervaernsteam');
  });

  it('goes on with compound parts when few items hold the whole word', async () => {
    const { data } = await search('forældresamarbejde', 30);
    expect(data!.search.broadened).toBe(true);
    const slugs = data!.search.nodes.map((n) => n.slug);
    // Items about "samarbejde med forældre" that never write the compound.
    expect(slugs).toContain('signs-of-safety');
    expect(slugs).toContain('eksempel-familieraadslagning-kvasi');
  });

  it('reduces a pasted description to its most telling words, and accepts any length', async () => {
    const pasted =
      'Vi har en pige på 9 år, som har boet i plejefamilie i to år. Hun er meget bagud i læsning og har svært ved lektierne, og plejeforældrene bruger mange aftener på at kæmpe med hende. Plejemor spørger, om der findes en enkel metode, de kan bruge derhjemme, så læsningen ikke bliver en kamp hver dag.';
    const { data, errors } = await search(pasted);
    expect(errors).toBeUndefined();
    expect(data!.search.reduced).toBe(true);
    expect(data!.search.searchedAs.split(' ').length).toBeLessThanOrEqual(8);
    expect(data!.search.totalCount).toBeGreaterThan(0);
    const long = await search(`${pasted} `.repeat(300)); // ~90,000 characters
    expect(long.errors).toBeUndefined();
    expect(long.data!.search.reduced).toBe(true);
  });

  it('reaches English studies from an English query that shares no phrase with them', async () => {
    const { data } = await search('foster care school outcomes');
    const top = data!.search.nodes.slice(0, 5).map((n) => n.slug);
    expect(
      top.some((s) => s === 'forsman-vinnerljung-2012-skoleindsatser' || s === 'ohiggins-sebba-luke-2015-review'),
    ).toBe(true);
  });

  it('finds nothing for punctuation only, rather than browsing everything', async () => {
    const { data } = await search('!!! ???');
    expect(data!.search.totalCount).toBe(0);
  });

  it('offers the nearest terms and topics when nothing matches', async () => {
    const { data } = await search('skolxqz');
    expect(data!.search.totalCount).toBe(0);
    expect(data!.search.nearestTerms.length).toBeGreaterThan(0);
    expect(data!.search.nearestTerms.some((term) => term.startsWith('skole'))).toBe(true);
    expect(data!.search.nearestTopics.map((n) => n.topic.nameDa)).toContain('Skolegang');
  });

  it('suggests nothing from items the viewer may not read', async () => {
    // "efterskole" is only in a case its organisation alone may read; a guest's nearest terms come from elsewhere.
    const { data } = await search('efterskolx');
    expect(data!.search.totalCount).toBe(0);
    expect(data!.search.nearestTerms.length).toBeGreaterThan(0);
    for (const term of data!.search.nearestTerms) expect(term).not.toMatch(/^efterskole/);
  });
});
