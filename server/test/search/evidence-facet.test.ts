import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVIDENCE_STRENGTH_SCORE,
  EvidenceScheme,
  type EvidenceStrength,
} from '../../src/modules/evidence/evidence.enums.js';
import type { Method } from '../../src/modules/method/method.entity.js';
import { createEvidenceRating, createMethod } from '../helpers/factories.js';
import { createSearchTest, hasMeilisearch, type SearchTest } from './helpers.js';

let t: SearchTest;
/** Rated strong on one scheme and moderate on another: the verdict (the lower median) is moderate. */
let disputed: Method;
beforeAll(async () => {
  if (!hasMeilisearch) return;
  t = await createSearchTest();
  const em = t.db.orm.em.fork();
  disputed = await createMethod(em);
  await createEvidenceRating(em, { method: disputed, scheme: EvidenceScheme.EIF, value: '4' });
  await createEvidenceRating(em, { method: disputed, scheme: EvidenceScheme.CEBC, value: '2' });
  // One method for each of three verdicts, so the facet has values to order.
  for (const value of ['1', '2', '3'])
    await createEvidenceRating(em, { method: await createMethod(em), scheme: EvidenceScheme.CEBC, value });
  await t.settle();
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
    const strong = await search({ types: ['METHOD'], evidenceStrengths: ['STRONG'] });
    expect(strong.nodes).toHaveLength(1);
    expect(strong.nodes.map((n) => n.slug)).not.toContain(disputed.slug);
    const moderate = await search({ types: ['METHOD'], evidenceStrengths: ['MODERATE'] });
    expect(moderate.nodes.map((n) => n.slug)).toContain(disputed.slug);
    expect(moderate.nodes).toHaveLength(2);
  });

  it('lists the strengths strongest first', async () => {
    const facet = (await search({})).facets.evidenceStrengths;
    const values = facet.map((f) => f.value);
    expect(facet.filter((f) => f.count > 0).map((f) => [f.value, f.count])).toEqual([
      ['STRONG', 1],
      ['MODERATE', 2],
      ['PROMISING', 1],
    ]);
    const scores = values.map((v) => EVIDENCE_STRENGTH_SCORE[v]);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
