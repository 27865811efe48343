import { describe, expect, it } from 'vitest';
import { findCprNumbers, findLikelyPersonalDetails } from './personal-data.js';

describe('CPR numbers', () => {
  it.each([
    '010190-1234',
    '0101901234',
    '01 01 90-1234',
    '01.01.90-1234',
    '010190 1234',
    'født 311299-4321.',
    '(290200-1234)',
  ])('finds %s', (text) => {
    const [finding] = findCprNumbers(text);
    expect(finding?.kind).toBe('CPR');
    expect(finding?.excerpt).not.toMatch(/\d/);
  });

  it.each([
    ['a phone number', 'Ring på 12 34 56 78 eller +45 12345678'],
    ['an 8-digit phone number', 'tlf. 20304050'],
    ['a date', 'Mødet er den 01.01.2025 kl. 10'],
    ['a date with a year', 'født i 1990, anbragt 12-03-2019'],
    ['a case number', 'Sagsnr. 2024-123456 og j.nr. 27.12.04-G01-3-19'],
    ['years', 'I 2019, 2020 og 2021 steg tallet'],
    ['an impossible date', '320190-1234 og 011390-1234'],
    ['a longer number', 'EAN 57980000123456 og 123456789012'],
    ['an amount', 'Budgettet var 1.250.000 kr.'],
  ])('ignores %s', (_label, text) => {
    expect(findCprNumbers(text)).toEqual([]);
  });

  it('points at where the number is', () => {
    const text = 'Barnets cpr er 010190-1234, se journal.';
    const [finding] = findCprNumbers(text);
    expect(text.slice(finding!.start, finding!.end)).toBe('010190-1234');
  });
});

describe('likely personal details', () => {
  it.each([
    'Drengen Mikkel Hansen på 9 år flyttede i plejefamilie.',
    'Vi talte med pigen, Sofie Jensen, om skolen.',
    'Familien bor på Egevej 12 i byen.',
  ])('warns about %s', (text) => {
    expect(findLikelyPersonalDetails(text)).not.toEqual([]);
  });

  it.each([
    'Fjordby Kommune har samarbejdet med Red Barnet om lektiehjælp.',
    'En dreng på 10 år fik en mentor gennem et år.',
    'Forskere fra VIVE og Aarhus Universitet fulgte 120 børn.',
    'Plejefamilien fik støtte fra Familieplejen Vestkyst hver uge.',
  ])('does not warn about %s', (text) => {
    expect(findLikelyPersonalDetails(text)).toEqual([]);
  });
});
