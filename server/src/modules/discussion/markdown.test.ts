import { describe, expect, it } from 'vitest';
import { mentionedIds, renderMarkdown } from './markdown.js';

/** Active content is a real tag or attribute, not text that merely shows it (escaped `&lt;script&gt;` is harmless). */
function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<[^>]+>/g) ?? []) {
    if (/^<\/?\s*(script|iframe|img|svg|style|object|embed|form|input)\b/i.test(tag)) found.push(tag);
    if (/\son\w+\s*=/i.test(tag)) found.push(tag);
    if (/(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(tag)) found.push(tag);
  }
  return found;
}

describe('rendering comments', () => {
  it('renders everyday Markdown', () => {
    expect(renderMarkdown('**Vigtigt**: læs _rapporten_\n\n- et\n- to')).toBe(
      '<p><strong>Vigtigt</strong>: læs <em>rapporten</em></p>\n<ul>\n<li>et</li>\n<li>to</li>\n</ul>\n',
    );
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)>',
    '[klik](javascript:alert(1))',
    '[klik](JaVaScRiPt:alert(1))',
    '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{display:none}</style>',
    '<div onclick="alert(1)">x</div>',
    '![x](https://evil.example/x.png" onerror="alert(1))',
    '<scr<script>ipt>alert(1)</script>',
  ])('leaves no active content in %s', (payload) => {
    expect(activeContent(renderMarkdown(payload))).toEqual([]);
  });

  it('detects active content when it is there (the check itself works)', () => {
    expect(activeContent('<p><img src=x onerror=alert(1)></p>')).not.toEqual([]);
    expect(activeContent('<a href="javascript:alert(1)">x</a>')).not.toEqual([]);
  });

  it('marks outside links nofollow ugc noopener', () => {
    expect(renderMarkdown('Se [VIVE](https://www.vive.dk)')).toContain(
      '<a href="https://www.vive.dk" rel="nofollow ugc noopener">VIVE</a>',
    );
  });

  it('turns mentions into member links and finds who was mentioned', () => {
    const body =
      'Tak [@Mette Holm](mention:TWVtYmVyOjE=) og [@Jonas](mention:TWVtYmVyOjI=), også [@Mette Holm](mention:TWVtYmVyOjE=)';
    expect(mentionedIds(body)).toEqual(['TWVtYmVyOjE=', 'TWVtYmVyOjI=']);
    expect(renderMarkdown(body)).toContain('<a href="/members/TWVtYmVyOjE%3D" class="mention">@Mette Holm</a>');
  });
});
