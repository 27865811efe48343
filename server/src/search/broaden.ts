import type { MultiSearchQuery } from 'meilisearch';
import { MAX_QUERY_WORDS, queryString, type AnalysedQuery, type QueryWord } from './query-analysis.js';

/**
 * Below this many hits a search is "thin": few items hold every important word, so the list goes on with items
 * that match fewer of them (see `alternatives`).
 */
export const THIN = 10;

/** How many documents (the viewer may read, under the filter) each word finds: one small multi-search. */
export async function documentFrequencies(
  run: (queries: MultiSearchQuery[]) => Promise<{ totalHits?: number; estimatedTotalHits?: number }[]>,
  base: Omit<MultiSearchQuery, 'q'>,
  forms: string[],
): Promise<{ total: number; df: Map<string, number> }> {
  const queries = ['', ...forms].map((q) => ({ ...base, q, limit: 0, matchingStrategy: 'all' as const }));
  const results = await run(queries);
  const counts = results.map((r) => r.estimatedTotalHits ?? r.totalHits ?? 0);
  return { total: counts[0] ?? 0, df: new Map(forms.map((form, i) => [form, counts[i + 1] ?? 0])) };
}

/** Candidates for the most telling words of a long input, before their document frequencies are known. */
export function tellingCandidates(words: AnalysedQuery['words'], max = 40): AnalysedQuery['words'] {
  return [...words].sort((a, b) => b.count - a.count || b.form.length - a.form.length).slice(0, max);
}

/**
 * The most telling words of a long input, by tf·idf against the index: often in the text, rare in the index.
 * Words the index does not have or has fewer than `minDf` times (once, in the index of all content; a transcript
 * passes 1, where a word said once is what one looks for), and words in more than half of it, tell nothing. Most
 * telling first.
 */
export function mostTelling(
  words: AnalysedQuery['words'],
  frequencies: { total: number; df: Map<string, number> },
  minDf = 2,
): AnalysedQuery['words'] {
  const n = Math.max(frequencies.total, 1);
  const scored = words
    .map((word) => {
      const df = frequencies.df.get(word.form) ?? 0;
      const rare = df < Math.min(minDf, n);
      return { word, df, score: rare || df > n / 2 ? 0 : (1 + Math.log(word.count)) * Math.log(n / df) };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.word.form.localeCompare(b.word.form))
    .slice(0, MAX_QUERY_WORDS);
  return scored.map((s) => s.word);
}

/**
 * What else to search when the query itself is thin, as weighted queries of one federated search (Meilisearch
 * ranks their hits together, each scaled by its weight, so items that match everything stay on top):
 * - compound parts instead of whole words ("forældresamarbejde" → forælder samarbejde; "skolevægring", which
 *   nothing contains, → skole vægring), or an unknown compound as typed where the query had its parts;
 * - without each word in turn, and without the two rarest: with `frequency` matching Meilisearch requires the
 *   rarest word, so a rare stray word would otherwise decide alone.
 * Words no readable item has (and that have no parts) are left out; they are reported as ignored.
 */
export function alternatives(
  words: QueryWord[],
  excluded: string[],
  df: Map<string, number>,
): { q: string; weight: number }[] {
  const found = (word: QueryWord) => (df.get(word.form) ?? 0) > 0;
  const present = words.filter(found);
  const primary = queryString(words, excluded);
  const out: { q: string; weight: number }[] = [];
  const add = (q: string, weight: number) => {
    if (q.trim() && q !== primary && !out.some((o) => o.q === q)) out.push({ q, weight });
  };
  add(queryString(present, excluded), 0.95);
  add(
    queryString(
      words.filter((w) => found(w) || w.parts.length > 0),
      excluded,
      true,
    ),
    0.85,
  );
  if (present.length > 1) {
    for (const word of present.slice(0, MAX_QUERY_WORDS)) {
      add(
        queryString(
          present.filter((w) => w !== word),
          excluded,
        ),
        0.7,
      );
    }
    const byRarity = [...present].sort((a, b) => (df.get(a.form) ?? 0) - (df.get(b.form) ?? 0));
    if (byRarity.length > 2)
      add(
        queryString(
          present.filter((w) => !byRarity.slice(0, 2).includes(w)),
          excluded,
        ),
        0.6,
      );
  }
  return out;
}

/**
 * A long input reduced to its most telling words, searched so that no single word is required: one query per
 * top word, that word first and the rest after it by how telling they are, each matched with `last` (the first
 * word required, the others dropping from the end), merged by weighted ranking score.
 */
export function rotations(
  words: QueryWord[],
  excluded: string[],
  count = 4,
): { q: string; weight: number; matchingStrategy: 'last' }[] {
  return words.slice(0, count).map((word, i) => ({
    q: queryString([word, ...words.filter((w) => w !== word)], excluded),
    weight: 1 - i * 0.05,
    matchingStrategy: 'last' as const,
  }));
}
