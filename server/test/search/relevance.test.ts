import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relevanceSet } from '../../../seeds/search/relevance.js';
import { createSearchTest, hasMeilisearch, searchSlugs, type SearchTest } from './helpers.js';

let t: SearchTest;
beforeAll(async () => {
  if (hasMeilisearch) t = await createSearchTest();
});
afterAll(async () => t?.cleanup());

describe.runIf(hasMeilisearch)('the Danish relevance set (seeds/search/relevance.ts)', () => {
  it('has at least 30 queries', () => {
    expect(relevanceSet.length).toBeGreaterThanOrEqual(30);
  });

  it('finds and ranks what each query must find', async () => {
    const failures: string[] = [];
    for (const item of relevanceSet) {
      const slugs = await searchSlugs(t.client, item.query, { first: Math.max(item.within ?? 10, 1) });
      if (item.first && slugs[0] !== item.first)
        failures.push(
          `"${item.query}": expected ${item.first} first, got ${slugs.slice(0, 3).join(', ')} (${item.why})`,
        );
      for (const slug of item.find ?? [])
        if (!slugs.slice(0, item.within ?? 10).includes(slug))
          failures.push(
            `"${item.query}": ${slug} not in the first ${item.within ?? 10} (${item.why}); got ${slugs.slice(0, 5).join(', ')}`,
          );
    }
    expect(failures).toEqual([]);
  });
});
