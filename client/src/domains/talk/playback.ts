/** Transcript and chapter logic, free of the DOM so it can be tested on its own. */
export interface Timed {
  startSeconds: number;
}

/** The index of the item playing at `seconds` (the last one that has started), or -1 before the first. */
export function activeIndex(items: readonly Timed[], seconds: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.startSeconds <= seconds) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Lower-cased with accents folded (é → e) so "cafe" finds "café"; å stays å, a letter of its own in Danish. */
export function fold(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/å/g, '\ue000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\ue000/g, 'å');
}

/** Indexes of segments containing every word of the query. An empty query matches nothing. */
export function searchSegments(segments: readonly { text: string }[], query: string): number[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: number[] = [];
  segments.forEach((segment, index) => {
    const text = fold(segment.text);
    if (words.every((w) => text.includes(w))) out.push(index);
  });
  return out;
}

/** Splits text around the query's words, for <mark>ing them: [{ text, hit }]. */
export function highlight(text: string, query: string): { text: string; hit: boolean }[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [{ text, hit: false }];
  // Folding keeps string length for the letters we search in practice; fall back to no marks if it does not.
  const folded = fold(text);
  if (folded.length !== text.length) return [{ text, hit: false }];
  const marks = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    let from = 0;
    for (let at = folded.indexOf(word, from); at !== -1; at = folded.indexOf(word, from)) {
      marks.fill(true, at, at + word.length);
      from = at + word.length;
    }
  }
  const parts: { text: string; hit: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.hit === marks[i]) last.text += text[i];
    else parts.push({ text: text[i]!, hit: marks[i]! });
  }
  return parts;
}
