/** The "@query" being typed at the caret, which the mention picker completes. */
export interface MentionQuery {
  /** Index of the "@". */
  start: number;
  /** The caret: the text between start + 1 and end is the query. */
  end: number;
  query: string;
}

/** Names are a few words; beyond this the "@" was not the start of a mention. */
const MAX_QUERY = 40;

/**
 * Finds the mention being typed: an "@" at the start or after whitespace or an opening bracket, followed by up to
 * a few words of name (letters, spaces, hyphens, apostrophes) up to the caret. An e-mail address ("a@b") or an
 * already completed mention ("[@Name](mention:…)") is not one.
 */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || caret - at - 1 > MAX_QUERY) return null;
  const previous = at === 0 ? ' ' : before[at - 1]!;
  if (!/[\s([]/u.test(previous)) return null;
  if (previous === '[' && text.slice(caret).match(/^[^\]\n]*\]\(mention:/u)) return null;
  const query = before.slice(at + 1);
  if (!/^[\p{L}][\p{L}\p{M}' -]*$|^$/u.test(query) || /\s{2}|\n/u.test(query)) return null;
  return { start: at, end: caret, query };
}

/** A name as it stands in a mention: brackets would end the link text early, so they are dropped. */
export function cleanName(name: string): string {
  return name.replace(/[[\]()]/gu, '').trim();
}

/** Markdown for a mention, as the server reads it (and notifies the person). */
export function mentionMarkdown(member: { id: string; name: string }): string {
  return `[@${cleanName(member.name)}](mention:${member.id})`;
}

/** The text with the typed "@query" replaced by the plain "@Name ", and where the caret goes after it. */
export function completeMention(
  text: string,
  mention: MentionQuery,
  member: { id: string; name: string },
): { text: string; caret: number } {
  const inserted = `@${cleanName(member.name)} `;
  const after = text.slice(mention.end).replace(/^ /u, '');
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length };
}

const MARKUP = /\[@([^\]\n]+)\]\(mention:([^)\s]+)\)/gu;

/** The people a Markdown text mentions, in order, each once. */
export function mentionsIn(markdown: string): { id: string; name: string }[] {
  const seen = new Map<string, { id: string; name: string }>();
  for (const match of markdown.matchAll(MARKUP)) {
    const [, name = '', id = ''] = match;
    if (!seen.has(id)) seen.set(id, { id, name });
  }
  return [...seen.values()];
}

/** What the text box shows: "@Mette Holm" where the Markdown has "[@Mette Holm](mention:…)". */
export function toPlain(markdown: string): string {
  return markdown.replace(MARKUP, (_, name: string) => `@${name}`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * What is sent: every "@Name" of a person chosen in the picker (or mentioned before) becomes a mention again. One
 * pass with the longest names first, so "@Mette Holm" is never read as "@Mette"; a name must end there ("@Mette
 * Holmsen" is someone else) and start a word, as typed mentions do.
 */
export function toMarkdown(plain: string, known: ReadonlyMap<string, string>): string {
  const names = [...known.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (names.length === 0) return plain;
  const pattern = new RegExp(`(^|[\\s(])@(${names.map(escape).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return plain.replace(pattern, (_, before: string, name: string) => `${before}[@${name}](mention:${known.get(name)})`);
}
