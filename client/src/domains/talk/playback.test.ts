import { describe, expect, it } from 'vitest';
import { activeIndex } from './playback';

const segments = [
  { startSeconds: 0, text: 'Tak fordi I er kommet.' },
  { startSeconds: 150, text: 'For mange plejebørn har skolen været et sted med nederlag.' },
  { startSeconds: 300, text: 'Forskningen peger på tutoring og struktureret læsning.' },
];

describe('activeIndex', () => {
  it('finds the segment that has started most recently', () => {
    expect(activeIndex(segments, 0)).toBe(0);
    expect(activeIndex(segments, 149.9)).toBe(0);
    expect(activeIndex(segments, 150)).toBe(1);
    expect(activeIndex(segments, 10_000)).toBe(2);
    expect(activeIndex([{ startSeconds: 5 }], 1)).toBe(-1);
    expect(activeIndex([], 1)).toBe(-1);
  });
});
