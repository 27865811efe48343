import MarkdownIt from 'markdown-it';

/**
 * Text as a reader sees it, for the personal-data checks: what looks the same must compare the same. Each code
 * point is NFKC-normalised (full-width and mathematical digits become ASCII), format characters (zero-width space,
 * soft hyphen, direction marks) and combining marks are dropped, digits of every script become 0–9, every dash
 * becomes "-", every space " " and every line break "\n". `origin[i]` is where character i came from in the source,
 * so a finding can point at the source text.
 */
export interface Normalised {
  text: string;
  origin: number[];
}

const DROP = /[\p{Cf}\p{Mn}\p{Me}]/u;
const DIGIT = /\p{Nd}/u;
// Dash punctuation, and the minus signs that look like dashes but are math symbols.
const DASH = /[\p{Pd}\u2212\u2796\uFE63\uFF0D]/u;
const SPACE = /[\p{Zs}\t\v\f]/u;
const LINE = /[\n\r\u0085\u2028\u2029]/u;

/**
 * A digit's value. Unicode encodes every script's decimal digits as runs of ten code points from 0 to 9 (a rule of
 * the standard), so the value is the distance from the start of the run, modulo ten.
 */
function digitValue(char: string): string {
  let codePoint = char.codePointAt(0)!;
  let steps = 0;
  while (steps < 60 && DIGIT.test(String.fromCodePoint(codePoint - 1))) {
    codePoint--;
    steps++;
  }
  return String(steps % 10);
}

export function normalise(source: string): Normalised {
  let text = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of source) {
    for (const part of char.normalize('NFKC')) {
      let out = part;
      if (DROP.test(part)) out = '';
      else if (part >= '0' && part <= '9') out = part;
      else if (DIGIT.test(part)) out = digitValue(part);
      else if (DASH.test(part)) out = '-';
      else if (SPACE.test(part)) out = ' ';
      else if (LINE.test(part)) out = '\n';
      for (const unit of out) {
        text += unit;
        origin.push(at);
      }
    }
    at += char.length;
  }
  origin.push(source.length);
  return { text, origin };
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** The Markdown dialect of every text field that is shown rendered (modules/discussion/markdown.ts). */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
const VISIBLE = new Set(['text', 'text_special', 'code_inline', 'code_block', 'fence', 'html_inline', 'html_block']);

/**
 * What Markdown source renders to, as plain text: every visible character (link texts included), no syntax.
 * `**010203**-1234` and `010203\-1234` read as "010203-1234" here, which is what a reader of the page sees.
 */
export function renderedText(source: string): string {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.children) walk(token.children);
      else if (VISIBLE.has(token.type)) out.push(token.content);
      else if (token.type === 'softbreak' || token.type === 'hardbreak') out.push('\n');
      if (token.block && token.nesting <= 0) out.push('\n');
    }
  };
  walk(markdown.parse(source, {}));
  return out.join('');
}
