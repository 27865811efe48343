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

/** Markdown for a mention; brackets in a name would end the link text early, so they are dropped. */
export function mentionMarkdown(member: { id: string; name: string }): string {
  const name = member.name.replace(/[[\]()]/gu, '').trim();
  return `[@${name}](mention:${member.id})`;
}

/** The text with the typed "@query" replaced by a mention, and where the caret goes after it. */
export function completeMention(
  text: string,
  mention: MentionQuery,
  member: { id: string; name: string },
): { text: string; caret: number } {
  const inserted = `${mentionMarkdown(member)} `;
  const after = text.slice(mention.end).replace(/^ /u, '');
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length };
}
