import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** The same Markdown dialect comments are written in (modules/discussion/markdown.ts); raw HTML stays text. */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const BLOCK_ENDS = new Set([
  'paragraph_close',
  'heading_close',
  'list_item_close',
  'blockquote_close',
  'hr',
  'fence',
  'code_block',
]);

/**
 * The words of a comment as plain text, for search: no Markdown syntax, no HTML, no link targets, and no
 * mentions (`[@Name](mention:…)` names a person, which search has no business finding).
 */
export function markdownToPlainText(source: string): string {
  const out: string[] = [];
  const inline = (children: Token[]) => {
    let skipping = 0;
    for (const token of children) {
      if (token.type === 'link_open') {
        if (skipping > 0 || String(token.attrGet('href') ?? '').startsWith('mention:')) skipping++;
        continue;
      }
      if (token.type === 'link_close') {
        if (skipping > 0) skipping--;
        continue;
      }
      if (skipping > 0) continue;
      if (token.type === 'text' || token.type === 'code_inline') out.push(token.content);
      else if (token.type === 'softbreak' || token.type === 'hardbreak') out.push(' ');
    }
  };
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'inline') inline(token.children ?? []);
    else if (token.type === 'fence' || token.type === 'code_block') out.push(token.content);
    if (BLOCK_ENDS.has(token.type)) out.push('\n');
  }
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

// Broad on purpose: anything shaped like an address (also with non-ASCII letters) goes. It starts where a run of
// non-space text starts (or after an @): a leftmost match always does, and without the look-behind every position
// inside a long run re-scanned the rest of the run for an @, quadratic in the run (a quarter of a bulk build).
const EMAIL = /(?<![^\s@])[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
/** Text holding none of these cannot hold anything the patterns below remove. */
const MAY_HOLD = /@|vb[tsi]_|scrypt\$/i;
const SECRET = /vb[tsi]_\S*/i;
const PASSWORD_HASH = /scrypt\$\S*/i;
const all = (pattern: RegExp) => new RegExp(pattern.source, 'gi');

/**
 * Removes email addresses, Vidensbro secrets (`vbt_`/`vbs_`/`vbi_`) and password hashes from text bound for the
 * search index. Nothing that is indexed should hold them, and written text (a comment, a description) may.
 */
export function scrubSearchText(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  let result = text;
  // Repeat until clean: overlapping shapes ("a@b@c.dk") can need a second pass.
  for (let pass = 0; pass < 5 && [EMAIL, SECRET, PASSWORD_HASH].some((p) => p.test(result)); pass++) {
    result = result
      .replace(all(EMAIL), '[e-mail]')
      .replace(all(SECRET), '[hemmelighed]')
      .replace(all(PASSWORD_HASH), '[hash]');
  }
  return result;
}

/** A copy of a document with every string (and string in a list) scrubbed. */
export function scrubDocument<T extends object>(doc: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (typeof value === 'string') copy[key] = scrubSearchText(value);
    else if (Array.isArray(value))
      copy[key] = value.map((item: unknown) => (typeof item === 'string' ? scrubSearchText(item) : item));
    else copy[key] = value;
  }
  return copy as T;
}
