/** The shape of one judged query of the relevance set (seeds/search/relevance.ts). */
import type { DemoContent } from '../demo/types.js';
export type RelevanceCategory =
  'inflection' | 'compound' | 'synonym' | 'typo' | 'question' | 'unknown' | 'pasted' | 'english' | 'nonsense' | 'name';

export interface RelevanceCase {
  category: RelevanceCategory;
  query: string;
  relevant: string[];
  first?: string;
  find?: string[];
  within?: number;
  /** What the case guards. */
  why: string;
}

/** One judged query: the relevant items, and (optionally) the one that must come first. */
export function judged(
  category: RelevanceCategory,
  query: string,
  relevant: string[],
  why: string,
  strict: { first?: string; find?: string[]; within?: number } = {},
): RelevanceCase {
  return { category, query, relevant: [...new Set([...relevant, ...(strict.find ?? [])])], why, ...strict };
}

/** What one query returned: the slugs of the hits in order, the total, or the error it failed with. */
export interface RelevanceOutcome {
  item: RelevanceCase;
  slugs: string[];
  total: number;
  error?: string;
}

export interface RelevanceScore {
  category: RelevanceCategory | 'all';
  queries: number;
  /** Share of queries with a relevant item in the first five (nonsense: with no hits at all). */
  hitAt5: number;
  /** Mean reciprocal rank of the first relevant item within the first ten (nonsense: 1 for no hits). */
  mrr: number;
  /** Share of queries that have relevant content but returned nothing. */
  zeroRate: number;
  errors: number;
}

const isHit = (o: RelevanceOutcome, depth: number) =>
  !o.error &&
  (o.item.relevant.length === 0 ? o.total === 0 : o.slugs.slice(0, depth).some((s) => o.item.relevant.includes(s)));

function reciprocalRank(o: RelevanceOutcome): number {
  if (o.error) return 0;
  if (o.item.relevant.length === 0) return o.total === 0 ? 1 : 0;
  const rank = o.slugs.slice(0, 10).findIndex((s) => o.item.relevant.includes(s));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

function scoreOf(category: RelevanceScore['category'], outcomes: RelevanceOutcome[]): RelevanceScore {
  const n = outcomes.length || 1;
  const withContent = outcomes.filter((o) => o.item.relevant.length > 0);
  return {
    category,
    queries: outcomes.length,
    hitAt5: outcomes.filter((o) => isHit(o, 5)).length / n,
    mrr: outcomes.reduce((sum, o) => sum + reciprocalRank(o), 0) / n,
    zeroRate: withContent.filter((o) => !o.error && o.total === 0).length / (withContent.length || 1),
    errors: outcomes.filter((o) => o.error).length,
  };
}

/** hit@5, MRR and zero-result rate per category and over all queries. */
export function scoreRelevance(outcomes: RelevanceOutcome[]): RelevanceScore[] {
  const categories = [...new Set(outcomes.map((o) => o.item.category))];
  return [
    ...categories.map((category) =>
      scoreOf(
        category,
        outcomes.filter((o) => o.item.category === category),
      ),
    ),
    scoreOf('all', outcomes),
  ];
}

/** The scores as a fixed-width table. */
export function formatScores(scores: RelevanceScore[]): string {
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`.padStart(7);
  const rows = scores.map(
    (s) =>
      `${s.category.padEnd(11)} ${String(s.queries).padStart(4)} ${pct(s.hitAt5)} ${s.mrr.toFixed(3).padStart(6)} ${pct(s.zeroRate)} ${String(s.errors).padStart(6)}`,
  );
  return [`category       n  hit@5    MRR   zero errors`, ...rows].join('\n');
}

/** Slugs a judgment names that are not public demo items (a typo in the set, or an item only members see). */
export function unknownJudgments(cases: RelevanceCase[], publicSlugs: Set<string>): string[] {
  return cases.flatMap((c) =>
    [...c.relevant, ...(c.first ? [c.first] : [])]
      .filter((slug) => !publicSlugs.has(slug))
      .map((slug) => `${c.query.slice(0, 40)} → ${slug}`),
  );
}

/** The slugs a guest can find in the demo content: organisations and every PUBLIC item. */
export function publicDemoSlugs(content: DemoContent): Set<string> {
  const items = [content.studies, content.methods, content.cases, content.events, content.talks, content.workshops];
  return new Set([
    ...content.organisations.map((o) => o.slug),
    ...[...items.flat(), ...content.reports].filter((i) => i.visibility === 'PUBLIC').map((i) => i.slug),
  ]);
}
