/**
 * Finds personal data about children in free text. Pure functions, no I/O, so every write path can use them.
 * A CPR number is certain enough to refuse; names next to child words, ages and addresses are likely enough to
 * ask the writer to confirm.
 */

export interface Finding {
  kind: 'CPR' | 'NAME_NEAR_CHILD' | 'ADDRESS';
  start: number;
  end: number;
  /** The finding with digits masked, safe to echo back in an error. */
  excerpt: string;
}

// DDMMYY-XXXX, also without the dash or with spaces/dots between the parts; never inside a longer number.
const CPR = /(?<![\d.-])(\d{2})[ .]?(\d{2})[ .]?(\d{2})[ .-]?(\d{4})(?![\d-])/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function mask(text: string): string {
  return text.replace(/\d/g, '•');
}

/** CPR numbers with a real date (29 February is allowed: the year's century is unknown). */
export function findCprNumbers(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(CPR)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) continue;
    found.push({ kind: 'CPR', start: match.index, end: match.index + match[0].length, excerpt: mask(match[0]) });
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
  return found.sort((a, b) => a.start - b.start);
}
