/**
 * WebVTT from a talk's timed transcript (captions) and its chapters (a chapters track). Each cue runs until the
 * next one starts, or to the end of the video; public-sector video must be captioned, and the transcript is the
 * text we have. Linear in the input: one pass, one join.
 */

export interface TimedText {
  startSeconds: number;
  text: string;
}

/** Long segments are split into cues of at most this many characters, so a caption fits on the screen. */
const MAX_CUE_CHARS = 160;

function timestamp(seconds: number): string {
  const total = Math.max(0, Math.round(seconds * 1000));
  const ms = total % 1000;
  const s = Math.floor(total / 1000) % 60;
  const m = Math.floor(total / 60_000) % 60;
  const h = Math.floor(total / 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}.${String(ms).padStart(3, '0')}`;
}

/**
 * Cue text may not hold "-->" or a blank line, and "<" and "&" start markup: escape them so a transcript is shown
 * as the words it holds, never as tags.
 */
function cueText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n\s*\n+/g, '\n')
    .trim()
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Splits a long text at word boundaries into pieces of at most `max` characters (a longer word stays whole). */
function pieces(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * A WebVTT document with one cue per item (split into several when long, sharing its time evenly), each ending
 * where the next item starts or at `durationSeconds`. Items at or after the end, and empty items, are left out.
 */
export function buildVtt(
  items: readonly TimedText[],
  durationSeconds: number,
  options: { split?: boolean } = {},
): string {
  const cues: string[] = [];
  items.forEach((item, index) => {
    const start = item.startSeconds;
    const end = Math.min(items[index + 1]?.startSeconds ?? durationSeconds, durationSeconds);
    const text = cueText(item.text);
    if (!text || end <= start) return;
    const parts = options.split === false ? [text] : pieces(text, MAX_CUE_CHARS);
    const step = (end - start) / parts.length;
    parts.forEach((part, i) => {
      cues.push(`${timestamp(start + i * step)} --> ${timestamp(start + (i + 1) * step)}\n${part}`);
    });
  });
  return `WEBVTT\n\n${cues.join('\n\n')}${cues.length ? '\n' : ''}`;
}
