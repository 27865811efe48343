import { describe, expect, it } from 'vitest';
import { completeMention, mentionAt, mentionMarkdown, mentionsIn, toMarkdown, toPlain } from './mention';

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
  it('replaces the typed query with the plain name and puts the caret after it', () => {
    const text = 'Tak @Met for input';
    const result = completeMention(text, mentionAt(text, 8)!, { id: 'TWVtYmVyOjE=', name: 'Mette Holm' });
    expect(result.text).toBe('Tak @Mette Holm for input');
    expect(result.text.slice(0, result.caret)).toBe('Tak @Mette Holm ');
  });

  it('keeps brackets in names from breaking the link', () => {
    expect(mentionMarkdown({ id: 'x', name: 'Bo [NGO] (frivillig)' })).toBe('[@Bo NGO frivillig](mention:x)');
  });
});

describe('plain text in the box, mentions in what is sent', () => {
  const known = new Map([
    ['Mette', 'A'],
    ['Mette Holm', 'B'],
    ['Bo Rådgiver', 'C'],
  ]);

  it('turns each chosen "@Name" into a mention, the longest name first and only where the name ends', () => {
    expect(toMarkdown('Tak @Mette Holm og @Mette, (@Bo Rådgiver)', known)).toBe(
      'Tak [@Mette Holm](mention:B) og [@Mette](mention:A), ([@Bo Rådgiver](mention:C))',
    );
    expect(toMarkdown('@Mette Holmsen og mette@k.dk og @Bo', known)).toBe(
      '[@Mette](mention:A) Holmsen og mette@k.dk og @Bo',
    );
    expect(toMarkdown('ingen', new Map())).toBe('ingen');
  });

  it('shows mentions as "@Name" and reads who is mentioned, so an edit round-trips', () => {
    const markdown = 'Hej [@Mette Holm](mention:B) og [@Bo Rådgiver](mention:C) og igen [@Mette Holm](mention:B)';
    expect(toPlain(markdown)).toBe('Hej @Mette Holm og @Bo Rådgiver og igen @Mette Holm');
    expect(mentionsIn(markdown)).toEqual([
      { id: 'B', name: 'Mette Holm' },
      { id: 'C', name: 'Bo Rådgiver' },
    ]);
    const names = new Map(mentionsIn(markdown).map((m) => [m.name, m.id]));
    expect(toMarkdown(toPlain(markdown), names)).toBe(markdown);
  });

  it('treats names with regular-expression characters as text', () => {
    expect(toMarkdown('@A.B* og @AxB', new Map([['A.B*', 'X']]))).toBe('[@A.B*](mention:X) og @AxB');
  });
});
