import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import type { SearchDocument } from './documents.js';
import { words as wordsOf } from './lexicon.js';
import { isStopWord, type QueryWord } from './query-analysis.js';

/** Where nearest terms are looked for: the fields people would recognise a word from. */
const SOURCES = ['title', 'summary', 'topicNames'] as const;
const MAX_WORDS = 4;
const MAX_TERMS = 5;
const MAX_TOPICS = 5;

export interface Nearest {
  terms: string[];
  topics: { value: string; count: number }[];
}

/**
 * When nothing matched: words from items the viewer may read that begin like the words searched for and are
 * spelled nearly the same, and the topics those items are filed under. One multi-search, one query per word
 * (prefix matching on its first half), so it costs a round trip only when there were no hits at all.
 */
export async function nearest(
  run: (queries: MultiSearchQuery[]) => Promise<SearchResponse<SearchDocument>[]>,
  base: Omit<MultiSearchQuery, 'q'>,
  words: QueryWord[],
): Promise<Nearest> {
  const asked = words.filter((w) => w.typed.length >= 3).slice(0, MAX_WORDS);
  if (asked.length === 0) return { terms: [], topics: [] };
  const queries: MultiSearchQuery[] = asked.map((w) => ({
    ...base,
    q: w.typed.slice(0, Math.max(3, Math.ceil(w.typed.length / 2))),
    matchingStrategy: 'all',
    limit: 30,
    attributesToSearchOn: [...SOURCES],
    attributesToRetrieve: [...SOURCES],
    facets: ['topicIds'],
  }));
  const results = await run(queries);
  const candidates = new Map<string, { distance: number; prefix: number; hits: number }>();
  const topics = new Map<string, number>();
  results.forEach((result, i) => {
    const typed = asked[i]!.typed;
    for (const hit of result.hits) {
      const seen = new Set<string>();
      for (const source of SOURCES) {
        const value = hit[source];
        for (const word of wordsOf(Array.isArray(value) ? value.join(' ') : String(value ?? ''))) {
          if (seen.has(word) || word === typed || word.length < 4 || isStopWord(word)) continue;
          seen.add(word);
          const prefix = commonPrefix(word, typed);
          if (prefix < 3) continue;
          const distance = damerau(word, typed, 3);
          if (distance > Math.max(2, Math.floor(typed.length / 3)) && prefix < 4) continue;
          const entry = candidates.get(word) ?? { distance, prefix, hits: 0 };
          entry.hits++;
          candidates.set(word, entry);
        }
      }
    }
    for (const [topic, count] of Object.entries(result.facetDistribution?.topicIds ?? {}))
      topics.set(topic, Math.max(topics.get(topic) ?? 0, count));
  });
  const terms = [...candidates.entries()]
    .sort(([a, x], [b, y]) => x.distance - y.distance || y.prefix - x.prefix || y.hits - x.hits || a.localeCompare(b))
    .slice(0, MAX_TERMS)
    .map(([word]) => word);
  return {
    terms,
    topics: [...topics.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, MAX_TOPICS),
  };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Edit distance with swaps of neighbours, stopping early once it exceeds `max`. With `prefix`, the distance from
 * `a` to the nearest beginning of `b` ("plejefam" is 0 from "plejefamilie"), as Meilisearch reads the last word.
 */
export function damerau(a: string, full: string, max: number, prefix = false): number {
  const b = prefix ? full.slice(0, a.length + max) : full;
  if (prefix ? b.length < a.length - max : Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prev2[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prefix ? Math.min(...prev) : prev[b.length]!;
}
