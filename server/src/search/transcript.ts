import { mostTelling, tellingCandidates } from './broaden.js';
import { words as wordsOf, type DanishLexicon } from './lexicon.js';
import {
  analyseQuery,
  indexedTerms,
  isStopWord,
  MAX_QUERY_CHARS,
  MAX_QUERY_WORDS,
  queryString,
  searchForm,
  type QueryWord,
} from './query-analysis.js';
import { markup, POST, PRE, SNIPPET_WORDS } from './service.js';
import { synonymSettings, TYPO_TOLERANCE } from './settings.js';
import { damerau } from './suggestions.js';

/**
 * Search inside one talk's transcript, with the analysis site search uses: stop words, base forms and compound
 * parts (query-analysis.ts, the same `…Terms` a document carries), corrections, synonyms (settings.ts, as
 * Meilisearch gets them), typo tolerance with Meilisearch's numbers and rules (a typo on the first letter counts
 * twice; swapped neighbours are one typo), the last word as a prefix, "phrases" and -exclusions.
 *
 * Why in-process and not Meilisearch: the transcript is already loaded with the Talk the field hangs on, so the
 * viewer's right to read it is settled by how they reached that Talk, and nothing can leak past it. An hour is a few
 * thousand short segments; one pass over them with the process's lexicon cache takes milliseconds, and keeping
 * segments as their own Meilisearch documents would add an index, its outbox traffic and rebuilds, and an outage
 * mode, for no gain in what is found. Work is one pass per request, linear in the transcript (each distinct word is
 * analysed once, and words longer than any Danish word are taken as written), and the query is cut and reduced as
 * site search does.
 */

/** No Danish word is longer; longer "words" (pasted URLs, noise) are matched as written, not analysed. */
const MAX_ANALYSED_LENGTH = 40;
/** Quoted phrases read from one query, and words per phrase: more says nothing more about one segment. */
const MAX_PHRASES = 3;

export interface TranscriptCue {
  startSeconds: number;
  text: string;
}

export interface TranscriptHit {
  /** Position in the transcript, from 0. */
  index: number;
  startSeconds: number;
  text: string;
  /** HTML-escaped text around the matches, with <mark> around each matched word. */
  snippet: string;
  /** How many of the query's words the segment holds. */
  matchedWords: number;
}

export interface TranscriptPage {
  hits: TranscriptHit[];
  totalCount: number;
  /** The words as searched, as site search reports them. */
  searchedAs: string;
  /** The query was long and was cut or reduced to its most telling words. */
  reduced: boolean;
}

/** A check on one transcript word: it has `term` among its terms (or is `term`, when exact), or is near it. */
type Atom =
  { kind: 'term'; term: string; exact: boolean } | { kind: 'typo'; term: string; budget: number; prefix: boolean };

/** One way a query word is found in a segment: one atom, all atoms anywhere, or atoms in a row. */
type Alternative = { kind: 'any' | 'all' | 'phrase'; atoms: number[] };

/** What a segment must hold for `covers` (indexes of query words) to count as found. */
interface Unit {
  covers: number[];
  alternatives: Alternative[];
}

interface Token {
  word: string;
  start: number;
  end: number;
}

const synonymCache = new WeakMap<DanishLexicon, { map: Map<string, string[]>; longestKey: number }>();

/** The synonym groups exactly as Meilisearch gets them (settings.ts), read once per lexicon. */
function synonymsOf(lexicon: DanishLexicon) {
  let cached = synonymCache.get(lexicon);
  if (!cached) {
    const map = new Map(Object.entries(synonymSettings(lexicon)));
    const longestKey = Math.max(1, ...[...map.keys()].map((key) => key.split(' ').length));
    cached = { map, longestKey };
    synonymCache.set(lexicon, cached);
  }
  return cached;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** How many typos a query word may have (Meilisearch's minWordSizeForTypos). */
function typoBudget(word: string): number {
  return word.length >= TYPO_TOLERANCE.twoTypos ? 2 : word.length >= TYPO_TOLERANCE.oneTypo ? 1 : 0;
}

/** Whether `term` is `query` (or, with `prefix`, begins with it) within `budget` typos, the first letter counting twice. */
export function nearEnough(query: string, term: string, budget: number, prefix: boolean): boolean {
  if (budget === 0 || query.length === 0) return prefix ? term.startsWith(query) : term === query;
  const max = budget - (query[0] === term[0] ? 0 : 1);
  if (max < 0) return false;
  return damerau(query, term, max, prefix) <= max;
}

/** Builds atoms once and answers, per distinct transcript word, which atoms it satisfies. */
class Matcher {
  private readonly keys = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly terms = new Map<string, number[]>();
  private readonly typos: { id: number; term: string; budget: number; prefix: boolean }[] = [];
  private readonly wordTerms = new Map<string, string[]>();
  private readonly byWord = new Map<string, number[]>();
  private readonly byTerm = new Map<string, number[]>();

  constructor(private readonly lexicon: DanishLexicon) {}

  atom(atom: Atom): number {
    const key = JSON.stringify(atom);
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const id = this.keys.size;
    this.keys.set(key, id);
    if (atom.kind === 'typo') this.typos.push({ id, ...atom });
    else {
      const index = atom.exact ? this.exact : this.terms;
      index.set(atom.term, [...(index.get(atom.term) ?? []), id]);
    }
    return id;
  }

  /** The word itself, its base forms and compound parts, its English stem: what a document indexes it as. */
  termsOf(word: string): string[] {
    let terms = this.wordTerms.get(word);
    if (!terms) {
      terms = word.length > MAX_ANALYSED_LENGTH ? [word] : [word, ...indexedTerms(this.lexicon, word)];
      this.wordTerms.set(word, terms);
    }
    return terms;
  }

  /** Atoms one transcript word satisfies; computed once per distinct word and request (atoms are all made by then). */
  satisfied(word: string): number[] {
    let result = this.byWord.get(word);
    if (!result) {
      const found = new Set(this.exact.get(word));
      for (const term of this.termsOf(word)) for (const id of this.termAtoms(term)) found.add(id);
      result = [...found];
      this.byWord.set(word, result);
    }
    return result;
  }

  private termAtoms(term: string): number[] {
    let result = this.byTerm.get(term);
    if (!result) {
      result = [...(this.terms.get(term) ?? [])];
      for (const typo of this.typos) if (nearEnough(typo.term, term, typo.budget, typo.prefix)) result.push(typo.id);
      this.byTerm.set(term, result);
    }
    return result;
  }
}

/** The phrase's searched words in order, stop words left out (as Meilisearch leaves them out of the index). */
function phraseWords(phrase: string): string[] {
  return wordsOf(phrase).filter((word) => !isStopWord(word));
}

/** Units for the content words of a query: each word, and runs of words that are a synonym key together. */
function wordUnits(matcher: Matcher, lexicon: DanishLexicon, words: QueryWord[], prefixWord: string | null): Unit[] {
  const { map: synonyms, longestKey } = synonymsOf(lexicon);
  const term = (value: string) => matcher.atom({ kind: 'term', term: value, exact: false });
  const typo = (value: string, prefix: boolean): Alternative => ({
    kind: 'any',
    atoms: [matcher.atom({ kind: 'typo', term: value, budget: typoBudget(value), prefix })],
  });
  const phrase = (value: string): Alternative | null => {
    const parts = phraseWords(value);
    if (parts.length === 0) return null;
    return { kind: parts.length === 1 ? 'any' : 'phrase', atoms: parts.map(term) };
  };
  const synonymAlternatives = (keys: string[]) =>
    [...new Set(keys.flatMap((key) => synonyms.get(key) ?? []))]
      .map(phrase)
      .filter((a): a is Alternative => a !== null);
  const units: Unit[] = words.map((word, i) => {
    const formParts = word.form.split(' ');
    const alternatives: Alternative[] = [
      { kind: formParts.length > 1 ? 'all' : 'any', atoms: formParts.map(term) },
      { kind: 'any', atoms: [term(word.typed)] },
    ];
    // A compound's parts anywhere in the segment: "forældresamarbejde" finds "samarbejde med forældrene".
    if (word.parts.length > 0) alternatives.push({ kind: 'all', atoms: word.parts.map(term) });
    for (const near of new Set([word.typed, ...(formParts.length === 1 ? [word.form] : [])])) {
      if (typoBudget(near) > 0) alternatives.push(typo(near, false));
    }
    if (word.typed === prefixWord) alternatives.push(typo(word.typed, true));
    alternatives.push(...synonymAlternatives([word.typed, word.form]));
    return { covers: [i], alternatives };
  });
  // A synonym key of several words typed in a row ("bryde sammen"): the run, or any synonym of it.
  for (let length = 2; length <= longestKey; length++) {
    for (let start = 0; start + length <= words.length; start++) {
      const run = words.slice(start, start + length);
      const keys = [run.map((w) => w.typed).join(' '), run.map((w) => w.form).join(' ')];
      const alternatives = synonymAlternatives(keys);
      if (alternatives.length === 0) continue;
      units.push({ covers: run.map((_, i) => start + i), alternatives });
    }
  }
  return units;
}

/** Phrases in closed quotes, and the rest of the text without any quote marks. */
function quoted(text: string): { phrases: string[]; rest: string } {
  const phrases: string[] = [];
  const rest = text.replace(/"([^"]*)"/g, (_, phrase: string) => {
    if (phrases.length < MAX_PHRASES && phraseWords(phrase).length > 0) phrases.push(phrase.trim());
    return ' ';
  });
  return { phrases, rest: rest.replaceAll('"', ' ') };
}

/** Tokens (by position) that make the alternative true in the segment, or null when it is not. */
function holds(alternative: Alternative, segment: Segment): number[] | null {
  const { present, content, atomsAt } = segment;
  if (alternative.kind === 'any') return present.get(alternative.atoms[0]!) ?? null;
  if (alternative.kind === 'all') {
    const found: number[] = [];
    for (const atom of alternative.atoms) {
      const at = present.get(atom);
      if (!at) return null;
      found.push(...at);
    }
    return found;
  }
  // A phrase: its atoms on consecutive words, stop words between them not counted.
  const { atoms } = alternative;
  if (!atoms.every((atom) => present.has(atom))) return null;
  const found: number[] = [];
  for (let p = 0; p + atoms.length <= content.length; p++) {
    if (atoms.every((atom, j) => atomsAt[content[p + j]!]!.includes(atom))) {
      for (let j = 0; j < atoms.length; j++) found.push(content[p + j]!);
    }
  }
  return found.length > 0 ? found : null;
}

interface Segment {
  tokens: Token[];
  atomsAt: number[][];
  /** Atom → positions of the tokens that satisfy it. */
  present: Map<number, number[]>;
  /** Positions of tokens that are not stop words. */
  content: number[];
}

function readSegment(matcher: Matcher, text: string): Segment {
  const tokens = tokensOf(text);
  const atomsAt = tokens.map((token) => matcher.satisfied(token.word));
  const present = new Map<number, number[]>();
  atomsAt.forEach((atoms, position) => {
    for (const atom of atoms) {
      const at = present.get(atom);
      if (at) at.push(position);
      else present.set(atom, [position]);
    }
  });
  const content = tokens.flatMap((token, position) => (isStopWord(token.word) ? [] : [position]));
  return { tokens, atomsAt, present, content };
}

/** How many query words the segment holds (0 when it holds an excluded word), and which tokens to mark. */
function score(segment: Segment, units: Unit[], excluded: number[]): { matched: number; marks: Set<number> } {
  const marks = new Set<number>();
  if (excluded.some((atom) => segment.present.has(atom))) return { matched: 0, marks };
  const covered = new Set<number>();
  for (const unit of units) {
    for (const alternative of unit.alternatives) {
      const at = holds(alternative, segment);
      if (!at) continue;
      for (const word of unit.covers) covered.add(word);
      for (const position of at) marks.add(position);
    }
  }
  return { matched: covered.size, marks };
}

/** The segment's text around its first match, HTML-escaped, matched words in <mark>, cut to SNIPPET_WORDS words. */
function snippetOf(text: string, tokens: Token[], marks: Set<number>): string {
  // Highlight tags are characters no transcript should hold; blank them so a stray one cannot open a <mark>.
  const clean = text.replaceAll(PRE, ' ').replaceAll(POST, ' ');
  let from = 0;
  let to = tokens.length;
  if (tokens.length > SNIPPET_WORDS) {
    let first = tokens.length;
    for (const position of marks) first = Math.min(first, position);
    from = Math.max(0, Math.min(first - Math.floor(SNIPPET_WORDS / 4), tokens.length - SNIPPET_WORDS));
    to = from + SNIPPET_WORDS;
  }
  const end = to === tokens.length ? clean.length : tokens[to - 1]!.end;
  let at = from === 0 ? 0 : tokens[from]!.start;
  let out = from > 0 ? '…' : '';
  for (let position = from; position < to; position++) {
    if (!marks.has(position)) continue;
    const token = tokens[position]!;
    out += `${clean.slice(at, token.start)}${PRE}${clean.slice(token.start, token.end)}${POST}`;
    at = token.end;
  }
  return markup(`${out}${clean.slice(at, end)}${to < tokens.length ? '…' : ''}`);
}

/**
 * The segments of a transcript that match a query, those holding the most query words first and otherwise in the
 * order they are spoken, a page at a time. Two passes over the transcript: one to score every segment, one to
 * build snippets for the page.
 */
export function searchTranscript(props: {
  lexicon: DanishLexicon;
  cues: readonly TranscriptCue[];
  query: string;
  offset: number;
  limit: number;
}): TranscriptPage {
  const { lexicon, cues } = props;
  const cut = props.query.length > MAX_QUERY_CHARS;
  const text = (cut ? props.query.slice(0, MAX_QUERY_CHARS) : props.query).normalize('NFKC');
  const { phrases, rest } = quoted(text);
  const analysed = analyseQuery(lexicon, rest);
  const matcher = new Matcher(lexicon);
  let words = analysed.words;
  let reduced = cut;
  if (words.length > MAX_QUERY_WORDS) {
    // A pasted text: its most telling words, by how often it has them and how few segments do.
    const candidates = tellingCandidates(words);
    const forms = new Set(candidates.map((w) => w.form));
    const df = new Map<string, number>();
    for (const cue of cues) {
      const seen = new Set(tokensOf(cue.text).flatMap((t) => matcher.termsOf(t.word).filter((x) => forms.has(x))));
      for (const form of seen) df.set(form, (df.get(form) ?? 0) + 1);
    }
    const telling = mostTelling(candidates, { total: cues.length, df }, 1);
    words = telling.length > 0 ? telling : candidates.slice(0, MAX_QUERY_WORDS);
    reduced = true;
  }
  // The word being typed is also a prefix (as Meilisearch reads a query's last word), unless it is excluded.
  const tail = /(^|[^-\p{L}\p{N}])([\p{L}\p{N}]+)$/u.exec(rest);
  const prefixWord = tail ? tail[2]!.toLowerCase() : null;
  const units = wordUnits(matcher, lexicon, words, prefixWord);
  phrases.forEach((phrase, i) => {
    const atoms = phraseWords(phrase).map((word) => matcher.atom({ kind: 'term', term: word, exact: true }));
    units.push({ covers: [words.length + i], alternatives: [{ kind: atoms.length > 1 ? 'phrase' : 'any', atoms }] });
  });
  const excluded = analysed.excluded.flatMap((minus) => {
    const word = minus.slice(1);
    return [...new Set([word, searchForm(lexicon, word).form])].map((term) =>
      matcher.atom({ kind: 'term', term, exact: false }),
    );
  });
  const searchedAs = [...phrases.map((p) => `"${p}"`), queryString(words, analysed.excluded)].filter(Boolean).join(' ');
  if (units.length === 0) return { hits: [], totalCount: 0, searchedAs, reduced };

  // Pass one: how many query words each segment holds; segments grouped by that count, in spoken order.
  const byCount: number[][] = Array.from({ length: words.length + phrases.length + 1 }, () => []);
  cues.forEach((cue, index) => {
    const { matched } = score(readSegment(matcher, cue.text), units, excluded);
    if (matched > 0) byCount[matched]!.push(index);
  });
  const ordered = byCount.reverse().flat();
  // Pass two: snippets for the page only.
  const hits = ordered.slice(props.offset, props.offset + props.limit).map((index) => {
    const cue = cues[index]!;
    const segment = readSegment(matcher, cue.text);
    const { matched, marks } = score(segment, units, excluded);
    return {
      index,
      startSeconds: cue.startSeconds,
      text: cue.text,
      snippet: snippetOf(cue.text, segment.tokens, marks),
      matchedWords: matched,
    };
  });
  return { hits, totalCount: ordered.length, searchedAs, reduced };
}
