import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../../seeds/demo/index.js';
import {
  formatScores,
  publicDemoSlugs,
  scoreRelevance,
  unknownJudgments,
  type RelevanceOutcome,
} from '../../../seeds/search/relevance-case.js';
import { relevanceSet } from '../../../seeds/search/relevance.js';
import { runRelevanceQuery } from '../../../bench/relevance-query.js';
import { createSearchTest, hasMeilisearch, type SearchTest } from './helpers.js';

let t: SearchTest;
beforeAll(async () => {
  if (hasMeilisearch) t = await createSearchTest({ demo: true });
});
afterAll(async () => t?.cleanup());

describe('the relevance set (seeds/search/relevance.ts)', () => {
  it('has at least 120 queries, at least ten in each category issue 16 names', () => {
    expect(relevanceSet.length).toBeGreaterThanOrEqual(120);
    const categories = ['inflection', 'compound', 'synonym', 'typo', 'question', 'unknown', 'pasted', 'english'];
    for (const category of [...categories, 'nonsense'])
      expect(relevanceSet.filter((c) => c.category === category).length, category).toBeGreaterThanOrEqual(10);
    expect(relevanceSet.filter((c) => c.category === 'pasted').every((c) => c.query.length >= 300)).toBe(true);
  });

  it('judges only items a guest can find', () => {
    expect(unknownJudgments(relevanceSet, publicDemoSlugs(demoContent))).toEqual([]);
  });
});

describe.runIf(hasMeilisearch)('relevance against the demo content', () => {
  let outcomes: RelevanceOutcome[] = [];
  beforeAll(async () => {
    outcomes = [];
    for (const item of relevanceSet) outcomes.push({ item, ...(await runRelevanceQuery(t.client.app, item.query)) });
  }, 120_000);

  it('meets the targets: hit@5 ≥ 95% overall and ≥ 90% per category, no errors, no empty list with content', () => {
    const scores = scoreRelevance(outcomes);
    const table = formatScores(scores);
    const all = scores.find((s) => s.category === 'all')!;
    expect(all.hitAt5, table).toBeGreaterThanOrEqual(0.95);
    for (const score of scores) expect(score.hitAt5, `${score.category}\n${table}`).toBeGreaterThanOrEqual(0.9);
    expect(all.errors, table).toBe(0);
    const empty = outcomes.filter((o) => o.item.relevant.length > 0 && o.total === 0).map((o) => o.item.query);
    expect(empty).toEqual([]);
  });

  it('keeps keyword queries ranked as before', () => {
    const failures: string[] = [];
    for (const { item, slugs } of outcomes) {
      if (item.first && slugs[0] !== item.first)
        failures.push(
          `"${item.query}": expected ${item.first} first, got ${slugs.slice(0, 3).join(', ')} (${item.why})`,
        );
      for (const slug of item.find ?? [])
        if (!slugs.slice(0, item.within ?? 10).includes(slug))
          failures.push(`"${item.query}": ${slug} not in the first ${item.within ?? 10} (${item.why})`);
    }
    expect(failures).toEqual([]);
  });
});
