import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANONYMOUS } from '../../src/modules/auth/viewer.js';
import { createSearchTest, hasMeilisearch, HIT_FIELDS, type SearchTest } from './helpers.js';

let t: SearchTest;
beforeAll(async () => {
  if (hasMeilisearch) t = await createSearchTest({ demo: true });
});
afterAll(async () => t?.cleanup());

const QUERY = `query($q: String!) { search(query: $q, first: 20) {
  totalCount nearestTerms nearestTopics { topic { nameDa } count }
  edges { highlights { field snippet } node { ${HIT_FIELDS} } }
  facets { types { value count } topics { topic { nameDa slug } count } }
} }`;

interface Result {
  search: {
    totalCount: number;
    nearestTerms: string[];
    nearestTopics: { topic: { nameDa: string }; count: number }[];
    edges: { node: { __typename: string } }[];
    facets: { types: { value: string }[]; topics: { topic: { nameDa: string; slug: string }; count: number }[] };
  };
}

/** Runs a search and counts what it sent: SQL statements that read content or topics, Meilisearch requests. */
async function measured(q: string) {
  const multiSearch = vi.spyOn(t.search.engine.client, 'multiSearch');
  t.db.queries.length = 0;
  try {
    const res = await t.client.query<Result>(QUERY, { q });
    expect(res.errors).toBeUndefined();
    // The indexer polls the outbox beside the request; only statements reading what search shows count here.
    const reads = t.db.queries.filter((line) => /json_build_object|from "topic"/.test(line));
    return { search: res.data!.search, reads, meili: multiSearch.mock.calls.length };
  } finally {
    multiSearch.mockRestore();
  }
}

describe.runIf(hasMeilisearch)('what one search costs', () => {
  it('loads the hits of every type and the topics of the facets in one statement', async () => {
    const first = await measured('familie');
    expect(first.search.edges.length).toBeGreaterThan(1);
    expect(new Set(first.search.edges.map((edge) => edge.node.__typename)).size).toBeGreaterThan(1);
    expect(first.search.facets.topics.length).toBeGreaterThan(0);
    expect(first.search.facets.topics.every((count) => count.topic.nameDa.length > 0)).toBe(true);
    expect(first.reads).toHaveLength(1);
    expect(first.reads[0]).toMatch(/"topic"/);
    // The ids travel as one array per type, so the statement's text (a prepared statement) does not change with
    // the number of hits: fewer placeholders than rows asked for.
    const placeholders = new Set(first.reads[0]!.match(/\$\d+/g)).size;
    expect(placeholders).toBeLessThan(first.search.edges.length + first.search.facets.topics.length);
  });

  it('asks Meilisearch twice for one word that finds nothing: the page, then what is near', async () => {
    const { search, meili } = await measured('skolxqz');
    expect(search.totalCount).toBe(0);
    expect(search.nearestTerms.some((term) => term.startsWith('skole'))).toBe(true);
    expect(search.nearestTopics.map((n) => n.topic.nameDa)).toContain('Skolegang');
    expect(meili).toBe(2);
  });

  it('asks Meilisearch once when the first answer is enough', async () => {
    const { search, meili } = await measured('plejefamilie');
    expect(search.totalCount).toBeGreaterThan(0);
    expect(meili).toBe(1);
  });

  it('sends as its main query what `mainQuery` says, which the benchmark’s raw peer sends', async () => {
    const multiSearch = vi.spyOn(t.search.engine.client, 'multiSearch');
    try {
      const res = await t.client.query(QUERY, { q: 'plejefamilier' });
      expect(res.errors).toBeUndefined();
      const service = t.search.service!;
      const main = service.mainQuery({ viewer: ANONYMOUS, offset: 0, limit: 20 }, service.normalise('plejefamilier'));
      expect(multiSearch.mock.calls[0]![0].queries[0]).toEqual(main);
    } finally {
      multiSearch.mockRestore();
    }
  });
});
