import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardPersonalData } from './guard.js';
import { normalise, renderedText } from './normalise.js';
import { findCprNumbers } from './personal-data.js';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Property runs are reproducible; FC_SEED=<n> explores other inputs. */
const seed = Number(process.env.FC_SEED ?? 20_261_206);

describe('CPR numbers written to slip past a guard', () => {
  it.each([
    ['a hyphen', '010203-1234'],
    ['no separator', '0102031234'],
    ['a space', '010203 1234'],
    ['an en dash', '010203–1234'],
    ['an em dash', '010203—1234'],
    ['a minus sign', '010203−1234'],
    ['a slash', '010203/1234'],
    ['an underscore', '010203_1234'],
    ['two hyphens', '010203--1234'],
    ['every part apart', '01-02-03-1234'],
    ['a no-break space', '010203\u00A01234'],
    ['a zero-width space', '0102\u200B03-12\u200B34'],
    ['a soft hyphen', '010203\u00AD1234'],
    ['full-width digits', '０１０２０３－１２３４'],
    ['Arabic-Indic digits', '٠١٠٢٠٣-١٢٣٤'],
    ['Devanagari digits', '०१०२०३-१२३४'],
    ['mathematical digits', '𝟎𝟏𝟎𝟐𝟎𝟑-𝟏𝟐𝟑𝟒'],
    ['a leading hyphen', '-010203-1234'],
    ['a trailing hyphen', '010203-1234-'],
    ['an escaped hyphen in Markdown', '010203\\-1234'],
    ['bold in Markdown', '**010203**-1234'],
    ['code in Markdown', '`010203`-`1234`'],
    ['a link in Markdown', '[010203](https://example.org)-1234'],
    ['an HTML entity in Markdown', '&#48;10203-1234'],
    ['spaced hyphen', '010203 - 1234'],
    ['a line break', '010203\n1234'],
    ['combining marks', '0\u03011\u0301 02 03-1234'],
  ])('finds one with %s', (_label, number) => {
    const text = `Barnets nummer er ${number} i journalen.`;
    const findings = findCprNumbers(text);
    expect(findings.map((f) => f.kind)).toContain('CPR');
    for (const finding of findings) expect(finding.excerpt).not.toMatch(/\p{Nd}/u);
    expect(() => guardPersonalData({ body: text })).toThrow(/CPR number/);
  });

  it('points at the number in the source when the source holds it', () => {
    const text = 'Se ٠١٠٢٠٣–١٢٣٤ og 𝟎𝟏𝟎𝟐𝟎𝟑-𝟏𝟐𝟑𝟒.';
    const spans = findCprNumbers(text).map((f) => text.slice(f.start, f.end));
    expect(spans).toEqual(['٠١٠٢٠٣–١٢٣٤', '𝟎𝟏𝟎𝟐𝟎𝟑-𝟏𝟐𝟑𝟒']);
  });

  it('says where a number only the rendered text holds comes from', () => {
    expect(() => guardPersonalData({ body: '**010203**-1234' })).toThrow(/as it is shown/);
  });
});

/** Zeros of decimal digit runs in several scripts, and invisible characters a writer might slip in. */
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xae6, 0xe50, 0xf20, 0x1040, 0x1d7ce, 0x1d7f6];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u200E'];
const SEPARATORS = [
  '',
  '-',
  '–',
  '—',
  '‐',
  '‑',
  '−',
  '/',
  '_',
  ' ',
  '\u00A0',
  '\u202F',
  ' - ',
  '--',
  '.',
  '\\-',
  ' – ',
];
const DATE_SEPARATORS = ['', ' ', '.', '-', '/', '\u00A0', '–'];

const cpr = fc
  .integer({ min: 1, max: 12 })
  .chain((month) =>
    fc.record({
      day: fc.integer({ min: 1, max: DAYS_IN_MONTH[month - 1]! }),
      month: fc.constant(month),
      year: fc.integer({ min: 0, max: 99 }),
      serial: fc.integer({ min: 0, max: 9999 }),
    }),
  )
  .map(({ day, month, year, serial }) => [
    String(day).padStart(2, '0'),
    String(month).padStart(2, '0'),
    String(year).padStart(2, '0'),
    String(serial).padStart(4, '0'),
  ]);

/** One CPR number written some way: mixed scripts, separators, invisible characters, Markdown around parts. */
const variant = fc
  .record({
    parts: cpr,
    scripts: fc.array(fc.constantFrom(...ZEROS), { minLength: 10, maxLength: 10 }),
    dateSeparators: fc.array(fc.constantFrom(...DATE_SEPARATORS), { minLength: 2, maxLength: 2 }),
    separator: fc.constantFrom(...SEPARATORS),
    invisible: fc.array(fc.tuple(fc.nat(20), fc.constantFrom(...INVISIBLE)), { maxLength: 3 }),
    wrap: fc.constantFrom('', '**', '*', '_', '`', '~~'),
    prefix: fc.constantFrom('', '-', ' ', 'CPR: ', '(', 'nr.'),
    suffix: fc.constantFrom('', '-', '.', ')', ' ', ','),
  })
  .map(({ parts, scripts, dateSeparators, separator, invisible, wrap, prefix, suffix }) => {
    let digit = 0;
    const write = (group: string) =>
      [...group].map((d) => String.fromCodePoint(scripts[digit++]! + Number(d))).join('');
    const [dd, mm, yy, serial] = parts.map(write) as [string, string, string, string];
    let date = `${dd}${dateSeparators[0]}${mm}${dateSeparators[1]}${yy}`;
    // Invisible characters go between code points (never inside a surrogate pair).
    const points = [...date];
    for (const [at, char] of invisible) points.splice(at % (points.length + 1), 0, char);
    date = points.join('');
    // Emphasis needs a boundary: `_` and `*` only work when the wrapped part stands apart in the source.
    const marked = wrap ? `${wrap}${date}${wrap}` : date;
    return { text: `Oplysning ${prefix}${marked}${separator}${serial}${suffix} stod i sagen.`, parts };
  });

describe('property: every way of writing a valid CPR number is found', () => {
  it('finds generated variants', () => {
    fc.assert(
      fc.property(variant, ({ text }) => {
        expect(findCprNumbers(text).length).toBeGreaterThan(0);
      }),
      { numRuns: 3000, seed },
    );
  });

  it('normalises digits of every script to their value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZEROS), fc.integer({ min: 0, max: 9 }), (zero, value) => {
        expect(normalise(String.fromCodePoint(zero + value)).text).toBe(String(value));
      }),
    );
  });
});

/** Ordinary numbers that are never CPR numbers: they must not stop anyone from writing. */
const year = fc.integer({ min: 1900, max: 2099 }).map(String);
const phone = fc
  .tuple(fc.integer({ min: 2, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 }))
  .chain(([first, rest]) => {
    const digits = `${first}${rest.join('')}`;
    return fc.constantFrom(
      digits,
      digits.replace(/(\d{2})(?=\d)/g, '$1 '),
      `${digits.slice(0, 4)} ${digits.slice(4)}`,
      `+45 ${digits}`,
      `+45 ${digits.replace(/(\d{2})(?=\d)/g, '$1 ')}`,
      `+45${digits}`,
      `(+45) ${digits.slice(0, 4)}-${digits.slice(4)}`,
    );
  });
const fullDate = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1950, max: 2099 }))
  .chain(([d, m, y]) => {
    const dd = String(d).padStart(2, '0');
    const mm = String(m).padStart(2, '0');
    return fc.constantFrom(
      `${dd}.${mm}.${y}`,
      `${dd}-${mm}-${y}`,
      `${y}-${mm}-${dd}`,
      `${dd}/${mm}/${y}`,
      `${d}. ${mm}. ${y}`,
    );
  });
const amount = fc.integer({ min: 1000, max: 999_999_999 }).map((n) => n.toLocaleString('da-DK'));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `kl. ${String(h).padStart(2, '0')}.${String(m).padStart(2, '0')}`);
const ordinary = fc.oneof(year, phone, fullDate, amount, time);
const joiner = fc.constantFrom(' og ', ', ', '; ', ' eller ', ' (', '\n\n');

describe('property: ordinary numbers are not taken for CPR numbers', () => {
  it('leaves years, phone numbers, dates with their year, amounts and times alone', () => {
    fc.assert(
      fc.property(fc.array(ordinary, { minLength: 1, maxLength: 6 }), joiner, (numbers, join) => {
        const text = `Vi mødtes ${numbers.join(join)} på kontoret.`;
        expect(findCprNumbers(text)).toEqual([]);
      }),
      { numRuns: 3000, seed },
    );
  });

  it.each([
    ['a list of years', 'I 1999, 2000, 2001 og 2002 steg tallet; 2019 2020 2021 faldt det.'],
    ['a range of years', 'Perioden 1990-1991 og 2019–2020.'],
    ['phone numbers', 'Ring 20 30 40 50, 2030 4050 eller +45 20 30 40 50 – eller +4520304050.'],
    ['a date and a time', 'Mødet er 01.02.2025 kl. 10.30-12.00 i lokale 1234.'],
    ['an ISO date', 'Frist 2025-03-12, sag 2024-123456.'],
    ['an ISBN', 'ISBN 978-87-7777-123-4.'],
    ['a long number', 'Kontonummer 1234 0001234567 og EAN 5790000123456.'],
    ['Markdown around years', '**2019**-2020 og `1999`'],
    ['a phone number, then a year in the next paragraph', 'Ring 20 01 10 00.\n\n1900-tallet var anderledes.'],
  ])('leaves %s alone', (_label, text) => {
    expect(findCprNumbers(text)).toEqual([]);
  });
});

describe('rendered text', () => {
  it('is what a reader sees, without Markdown syntax', () => {
    expect(renderedText('**010203**\\-1234 [se her](https://x.dk)')).toContain('010203-1234 se her');
  });
});
