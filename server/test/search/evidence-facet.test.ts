import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_STRENGTH_SCORE, type EvidenceStrength } from '../../src/modules/evidence/evidence.enums.js';
import { createSearchTest, hasMeilisearch, type SearchTest } from './helpers.js';

let t: SearchTest;
beforeAll(async () => {
  if (hasMeilisearch) t = await createSearchTest();
});
afterAll(async () => t?.cleanup());

interface Data {
  search: {
    nodes: { slug: string }[];
    facets: { evidenceStrengths: { value: EvidenceStrength; count: number }[] };
  };
}
const QUERY = `query($filter: SearchFilter) {
  search(query: "", filter: $filter, first: 100) {
    nodes { ... on Method { slug } ... on Case { slug } }
    facets { evidenceStrengths { value count } }
  }
}`;
async function search(filter: Record<string, unknown>) {
  const res = await t.client.query<Data>(QUERY, { filter });
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

describe.runIf(hasMeilisearch)('the evidence facet in search', () => {
  it('counts and filters methods by the editorial verdict, not by their strongest rating', async () => {
    // De Utrolige År: EIF says 4 (strong); the editors, Blueprints and Vidensportalen say moderate.
    const strong = await search({ types: ['METHOD'], evidenceStrengths: ['STRONG'] });
    expect(strong.nodes.map((n) => n.slug)).not.toContain('de-utrolige-aar');
    const moderate = await search({ types: ['METHOD'], evidenceStrengths: ['MODERATE'] });
    expect(moderate.nodes.map((n) => n.slug)).toContain('de-utrolige-aar');
  });

  it('lists the strengths strongest first', async () => {
    const values = (await search({})).facets.evidenceStrengths.map((f) => f.value);
    expect(values.length).toBeGreaterThanOrEqual(3);
    const scores = values.map((v) => EVIDENCE_STRENGTH_SCORE[v]);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
