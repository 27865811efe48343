import { describe, expect, it } from 'vitest';
import { durationMinutes, formatDate, formatTimeRange, formatTimestamp } from './format';
import { initialLocale } from './index';

describe('language choice', () => {
  it('starts in Danish unless English was chosen before', () => {
    expect(initialLocale(undefined)).toBe('da');
    expect(initialLocale({ getItem: () => 'en' })).toBe('en');
    expect(initialLocale({ getItem: () => 'fr' })).toBe('da');
    expect(
      initialLocale({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('da');
  });
});

describe('formatting', () => {
  it('formats dates in Copenhagen time in both languages', () => {
    expect(formatDate('2027-03-11', 'da-DK')).toBe('11. marts 2027');
    expect(formatDate('2027-03-11', 'en-GB')).toBe('11 March 2027');
    // 23:30 UTC is already the next day in Copenhagen.
    expect(formatDate('2026-10-07T23:30:00Z', 'da-DK')).toBe('8. oktober 2026');
    expect(formatTimeRange('2027-03-11T08:30:00Z', '2027-03-11T15:00:00Z', 'da-DK')).toBe(
      '11. marts 2027, 09.30–16.00',
    );
  });

  it('formats video time', () => {
    expect(formatTimestamp(0)).toBe('0:00');
    expect(formatTimestamp(75)).toBe('1:15');
    expect(formatTimestamp(3725)).toBe('1:02:05');
    expect(durationMinutes(2410)).toBe(41);
  });
});
