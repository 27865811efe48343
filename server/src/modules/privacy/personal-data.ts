import { normalise, renderedText } from './normalise.js';

/**
 * Finds personal data about children in free text. Pure functions, no I/O, so every write path can use them.
 * A CPR number is certain enough to refuse; names next to child words, ages and addresses are likely enough to
 * ask the writer to confirm.
 */

export interface Finding {
  kind: 'CPR' | 'NAME_NEAR_CHILD' | 'ADDRESS';
  /** Where in the source text; absent when only the rendered text (Markdown shown as a page) holds it. */
  start?: number;
  end?: number;
  /** The finding with digits masked, safe to echo back in an error. */
  excerpt: string;
}

/**
 * DDMMYY then the 4-digit serial, in normalised text (see normalise.ts): up to three separators (spaces, dashes,
 * dots, slashes, underscores) and at most one line break between the parts, never inside a longer number. A
 * digit before it does not excuse it ("9 010203-1234" still shows the number), so a phone number written in pairs
 * and run straight into a 4-digit number ("20 01 10 00 - 1900") reads as one too; a paragraph break ends it.
 */
const SEP = '[ \\-./_]{0,3}(?:\\n[ \\-./_]{0,2})?';
const CPR = new RegExp(`(?<!\\d)(\\d{2})${SEP}(\\d{2})${SEP}(\\d{2})${SEP}(\\d{4})(?!\\d)`, 'g');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function mask(text: string): string {
  return text.replace(/\p{Nd}/gu, '•');
}

/** CPR-shaped numbers with a real date (29 February is allowed: the century is unknown), in normalised text. */
function cprMatches(text: string): { start: number; end: number; digits: string }[] {
  const found: { start: number; end: number; digits: string }[] = [];
  for (const match of text.matchAll(CPR)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) continue;
    found.push({ start: match.index, end: match.index + match[0].length, digits: match.slice(1).join('') });
  }
  return found;
}

/**
 * CPR numbers however they are written: with any dash, space or separator, digits of any script, invisible
 * characters between them, or Markdown that renders into one (`**010203**-1234`). The source text is checked
 * after normalising it, and so is the text it renders to; positions point into the source where they can.
 */
export function findCprNumbers(source: string): Finding[] {
  const { text, origin } = normalise(source);
  const found: Finding[] = [];
  const seen = new Set<string>();
  for (const match of cprMatches(text)) {
    const start = origin[match.start]!;
    const last = origin[match.end - 1]!;
    const end = last + (source.codePointAt(last)! > 0xffff ? 2 : 1);
    seen.add(match.digits);
    found.push({ kind: 'CPR', start, end, excerpt: mask(source.slice(start, end)) });
  }
  const rendered = normalise(renderedText(source)).text;
  for (const match of cprMatches(rendered)) {
    if (seen.has(match.digits)) continue;
    seen.add(match.digits);
    found.push({ kind: 'CPR', excerpt: mask(rendered.slice(match.start, match.end)) });
  }
  return found;
}

const CHILD_WORDS = /\b(barnet|drengen|pigen|den unge|plejebarnet|eleven|babyen|teenageren|søsteren|broren)\b/giu;
const NAME = /(?<![.!?]\s|^)\b([A-ZÆØÅ][a-zæøåé]{1,20})\s([A-ZÆØÅ][a-zæøåé]{1,25}(?:-[A-ZÆØÅ][a-zæøåé]+)?)\b/gu;
/** Capitalised words that are organisations, places and roles rather than people. */
const NOT_NAMES = new Set(
  [
    'kommune',
    'region',
    'skole',
    'skolen',
    'danmark',
    'børn',
    'unge',
    'fond',
    'fonden',
    'center',
    'centret',
    'huset',
    'vive',
    'socialstyrelsen',
    'universitet',
    'college',
    'forening',
    'foreningen',
    'familiepleje',
    'familieplejen',
    'vidensbro',
    'red',
    'barnet',
  ].map((w) => w.toLowerCase()),
);
const AGE = /\b\d{1,2}[- ]?(år|årig|årige)\b/giu;
const ADDRESS = /\b[A-ZÆØÅ][a-zæøå]+(?:vej|gade|allé|alle|stræde|plads|vænge|parken|torv)\s\d{1,4}[A-Za-z]?\b/gu;

/** Likely personal details: a person's full name close to a child word or an age, and street addresses. */
export function findLikelyPersonalDetails(text: string): Finding[] {
  const found: Finding[] = [];
  const near = (index: number) => {
    const window = text.slice(Math.max(0, index - 60), index + 80);
    return new RegExp(CHILD_WORDS.source, 'iu').test(window) || new RegExp(AGE.source, 'iu').test(window);
  };
  for (const match of text.matchAll(NAME)) {
    const [, first, last] = match;
    if (NOT_NAMES.has(first!.toLowerCase()) || NOT_NAMES.has(last!.toLowerCase())) continue;
    if (near(match.index))
      found.push({
        kind: 'NAME_NEAR_CHILD',
        start: match.index,
        end: match.index + match[0].length,
        excerpt: match[0],
      });
  }
  for (const match of text.matchAll(ADDRESS)) {
    found.push({ kind: 'ADDRESS', start: match.index, end: match.index + match[0].length, excerpt: match[0] });
  }
  return found.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
