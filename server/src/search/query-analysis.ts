import { stemmer } from 'stemmer';
import { englishIrregularForms } from '../../../seeds/search/irregular-forms.js';
import { stopWords } from '../../../seeds/search/stop-words.js';
import { words, type DanishLexicon } from './lexicon.js';

/** How much of a query is read: longer input (a pasted document) is cut here, and the result says so. */
export const MAX_QUERY_CHARS = 2000;
/** Content words sent as typed; a longer query is reduced to this many of its most telling words. */
export const MAX_QUERY_WORDS = 8;
/** Meilisearch reads at most ten words of a query; the broadened form (compound parts) is kept within it. */
const MEILI_MAX_WORDS = 10;
/** Parts shorter than this are not searched on their own ("sår" + "bare" is not what "sårbar" means). */
const MIN_SEARCHED_PART = 4;

const STOP = new Set(stopWords);

/** One content word of a query. */
export interface QueryWord {
  /** As typed, lower-case. */
  typed: string;
  /** As searched: its base form, its correction, or (for a word no dictionary knows) its English stem. */
  form: string;
  /** Its compound parts as searched, when it is a compound ("forældresamarbejde" → forælder, samarbejde). */
  parts: string[];
}

export interface AnalysedQuery {
  /** The input had something other than spaces (a query of only punctuation finds nothing, it does not browse). */
  hasText: boolean;
  /** A phrase in quotes: sent to Meilisearch as typed. */
  verbatim: string | null;
  /** Content words in the order typed, one per distinct form, with how often each was typed. */
  words: (QueryWord & { count: number })[];
  /** `-word` exclusions, as typed. */
  excluded: string[];
  /** The input was longer than MAX_QUERY_CHARS and only its beginning was read. */
  cut: boolean;
}

/**
 * How one word is searched, the same for queries, synonyms and transcripts: a word the Danish dictionary knows as
 * its base form; an unknown word corrected first ("eftervæn" → efterværn), then split into compound parts
 * ("skoleteam" → skole + team); anything else (names, English) by its English stem, which documents also carry
 * for every word the Danish dictionary does not know (search/documents.ts).
 */
export function searchForm(lexicon: DanishLexicon, word: string): { form: string; parts: string[] } {
  const known = lexicon.terms(word);
  if (known.lemmas.length > 0) return { form: lexicon.canonical(word)[0]!, parts: searchedParts(known.topParts) };
  // Correct first, then split: but only a word that would be split, or a long one. Meilisearch forgives ordinary
  // typos itself, and a short foreign word is likelier a word than a slip ("leaving" is not "leasing").
  const corrected = known.topParts.length > 0 || word.length >= 9 ? lexicon.correction(word) : null;
  if (corrected) {
    const terms = lexicon.terms(corrected);
    return { form: lexicon.canonical(corrected)[0]!, parts: searchedParts(terms.topParts) };
  }
  if (known.topParts.length > 0) {
    // An unknown compound: its parts are all we can search for, but the whole word goes along in the broad form.
    return { form: known.topParts.join(' '), parts: [word] };
  }
  const stem = englishStem(word);
  const form = stem.length >= MIN_SEARCHED_PART ? stem : word;
  // A Danish head on a foreign word ("matematiktutoring"): the head and the foreign word are its parts.
  const head = word.length >= 10 ? lexicon.headSplit(word) : null;
  return { form, parts: head ? [head[0], englishStem(head[1])] : [] };
}

function englishStem(word: string): string {
  return stemmer(englishIrregularForms[word] ?? word);
}

function searchedParts(parts: string[]): string[] {
  const kept = parts.filter((part) => part.length >= MIN_SEARCHED_PART && !STOP.has(part));
  return kept.length === parts.length ? kept : [];
}

/** The English stem documents carry beside a word no Danish dictionary knows (null when it adds nothing). */
export function foreignStem(word: string): string | null {
  const stem = englishStem(word);
  return stem !== word && stem.length >= MIN_SEARCHED_PART ? stem : null;
}

/**
 * What a document word is indexed as besides itself: its base forms and compound parts, and for a word the Danish
 * dictionary does not know, its English stem. Site search puts these in the `…Terms` fields (search/documents.ts);
 * transcript search (search/transcript.ts) matches query words against them.
 */
export function indexedTerms(lexicon: DanishLexicon, word: string): readonly string[] {
  // Per word, not per occurrence: building documents in bulk asks for the same few thousand words again and again.
  let known = indexedByLexicon.get(lexicon);
  if (!known) indexedByLexicon.set(lexicon, (known = new Map<string, readonly string[]>()));
  const cached = known.get(word);
  if (cached) return cached;
  const { lemmas, parts } = lexicon.terms(word);
  const terms = new Set([...lemmas, ...parts]);
  if (lemmas.length === 0) {
    const stem = foreignStem(word);
    if (stem) terms.add(stem);
  }
  terms.delete(word);
  const result = [...terms];
  if (known.size >= MAX_CACHED_WORDS) known.clear();
  known.set(word, result);
  return result;
}

const indexedByLexicon = new WeakMap<DanishLexicon, Map<string, readonly string[]>>();
/** Bounded like the lexicon's own cache: a flood of distinct words costs memory only up to this. */
const MAX_CACHED_WORDS = 200_000;

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Reads a query: words, stop words, phrases, exclusions. Linear in the input, and the input is cut first. */
export function analyseQuery(lexicon: DanishLexicon, raw: string): AnalysedQuery {
  const cut = raw.length > MAX_QUERY_CHARS;
  const text = (cut ? raw.slice(0, MAX_QUERY_CHARS) : raw).normalize('NFKC').trim();
  const hasText = text.length > 0;
  if (text.includes('"') && words(text).length > 0) {
    return { hasText, verbatim: text.slice(0, 200), words: [], excluded: [], cut };
  }
  const excluded: string[] = [];
  const typed: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token.startsWith('-') && words(token).length > 0) excluded.push(`-${words(token).join('')}`);
    else typed.push(...words(token));
  }
  // Single letters and digits ("1=1", "a") say nothing on their own.
  const content = typed.filter((word) => !STOP.has(word) && word.length > 1);
  // A name made only of stop words is still a name; a lone stop word ("or") is not.
  const named = typed.filter((word) => word.length > 1);
  const chosen = content.length > 0 ? content : named.length > 1 ? named : [];
  const byForm = new Map<string, QueryWord & { count: number }>();
  for (const word of chosen) {
    const { form, parts } = searchForm(lexicon, word);
    const seen = byForm.get(form);
    if (seen) seen.count++;
    else byForm.set(form, { typed: word, form, parts, count: 1 });
  }
  return { hasText, verbatim: null, words: [...byForm.values()], excluded: excluded.slice(0, 3), cut };
}

/** The query string for a set of words: their forms, or with `broad` their compound parts instead. */
export function queryString(words: QueryWord[], excluded: string[], broad = false): string {
  const terms = words.flatMap((w) => (broad && w.parts.length > 0 ? w.parts : [w.form]));
  return [...new Set(terms.flatMap((t) => t.split(' ')))].slice(0, MEILI_MAX_WORDS).concat(excluded).join(' ');
}
