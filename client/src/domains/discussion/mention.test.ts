import { describe, expect, it } from 'vitest';
import { completeMention, mentionAt, mentionMarkdown } from './mention';

describe('mentionAt', () => {
  it('finds the name typed after an @ at the caret', () => {
    expect(mentionAt('Tak @Mett', 9)).toEqual({ start: 4, end: 9, query: 'Mett' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, end: 1, query: '' });
    expect(mentionAt('Hej (@Søren Øst', 15)).toEqual({ start: 5, end: 15, query: 'Søren Øst' });
  });

  it('reads only up to the caret', () => {
    expect(mentionAt('Tak @Mette for sidst', 7)).toEqual({ start: 4, end: 7, query: 'Me' });
  });

  it('ignores e-mail addresses, finished lines and text that is not a name', () => {
    expect(mentionAt('skriv til anne@kommune.dk', 25)).toBeNull();
    expect(mentionAt('Tak @Mette\nog', 13)).toBeNull();
    expect(mentionAt('prisen er @ 20 kr', 14)).toBeNull();
    expect(mentionAt('ingen snabel-a her', 10)).toBeNull();
    expect(mentionAt(`@${'a'.repeat(41)}`, 42)).toBeNull();
  });

  it('does not reopen a completed mention', () => {
    const text = '[@Mette Holm](mention:TWVtYmVyOjE=) ok';
    expect(mentionAt(text, 5)).toBeNull();
  });
});

describe('completeMention', () => {
  it('replaces the typed query with the mention and puts the caret after it', () => {
    const text = 'Tak @Met for input';
    const result = completeMention(text, mentionAt(text, 8)!, { id: 'TWVtYmVyOjE=', name: 'Mette Holm' });
    expect(result.text).toBe('Tak [@Mette Holm](mention:TWVtYmVyOjE=) for input');
    expect(result.text.slice(0, result.caret)).toBe('Tak [@Mette Holm](mention:TWVtYmVyOjE=) ');
  });

  it('keeps brackets in names from breaking the link', () => {
    expect(mentionMarkdown({ id: 'x', name: 'Bo [NGO] (frivillig)' })).toBe('[@Bo NGO frivillig](mention:x)');
  });
});
