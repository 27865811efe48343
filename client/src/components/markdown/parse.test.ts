import { describe, expect, it } from 'vitest';
import { headingOffset, parseInline, parseMarkdown, safeHref } from './parse';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, lists and quotes', () => {
    const blocks = parseMarkdown('### Baggrund\nFørste linje\nfortsætter.\n\n- et\n- to\n\n1. først\n\n> citat');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote']);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 3 });
    expect(blocks[1]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'Første linje fortsætter.' }] });
    expect(blocks[2]).toMatchObject({ ordered: false, items: [[{ text: 'et' }], [{ text: 'to' }]] });
    expect(blocks[3]).toMatchObject({ ordered: true });
  });

  it('shifts headings so the body starts one level below the page title', () => {
    expect(headingOffset(parseMarkdown('### A\n#### B'), 2)).toBe(-1);
    expect(headingOffset(parseMarkdown('plain'), 2)).toBe(0);
  });
});

describe('parseInline', () => {
  it('reads emphasis, code and links', () => {
    expect(parseInline('a **fed** og *kursiv* med `kode` og [link](https://example.dk)')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'fed' }] },
      { kind: 'text', text: ' og ' },
      { kind: 'em', children: [{ kind: 'text', text: 'kursiv' }] },
      { kind: 'text', text: ' med ' },
      { kind: 'code', text: 'kode' },
      { kind: 'text', text: ' og ' },
      { kind: 'link', href: 'https://example.dk', children: [{ kind: 'text', text: 'link' }] },
    ]);
  });

  it('never turns script URLs into links', () => {
    expect(parseInline('[klik](javascript:alert(1))')[0]).toMatchObject({ kind: 'text' });
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('//evil.example')).toBeUndefined();
    expect(safeHref('/methods/keep')).toBe('/methods/keep');
  });
});
