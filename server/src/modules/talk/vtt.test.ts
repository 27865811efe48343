import { describe, expect, it } from 'vitest';
import { buildVtt } from './vtt.js';

describe('buildVtt', () => {
  it('makes one cue per segment, each ending where the next starts and the last at the end of the video', () => {
    const vtt = buildVtt(
      [
        { startSeconds: 0, text: 'Velkommen.' },
        { startSeconds: 65, text: 'Første kapitel.' },
        { startSeconds: 3725, text: 'Slut.' },
      ],
      3730,
    );
    expect(vtt).toBe(
      'WEBVTT\n\n' +
        '00:00:00.000 --> 00:01:05.000\nVelkommen.\n\n' +
        '00:01:05.000 --> 01:02:05.000\nFørste kapitel.\n\n' +
        '01:02:05.000 --> 01:02:10.000\nSlut.\n',
    );
  });

  it('escapes markup and the cue arrow, and folds blank lines, so text never ends a cue or becomes a tag', () => {
    const vtt = buildVtt([{ startSeconds: 1, text: '<b>a</b> & b --> c\n\n\nd' }], 10);
    expect(vtt).toBe('WEBVTT\n\n00:00:01.000 --> 00:00:10.000\n&lt;b&gt;a&lt;/b&gt; &amp; b --&gt; c\nd\n');
  });

  it('splits long segments into screen-sized cues sharing the segment’s time', () => {
    const text = Array.from({ length: 60 }, (_, i) => `ord${i}`).join(' ');
    const cues = buildVtt([{ startSeconds: 0, text }], 30)
      .split('\n\n')
      .slice(1);
    expect(cues.length).toBeGreaterThan(1);
    for (const cue of cues) expect(cue.split('\n')[1]!.length).toBeLessThanOrEqual(160);
    expect(cues[0]).toMatch(/^00:00:00\.000 --> /);
    expect(cues.at(-1)).toMatch(/ --> 00:00:30\.000\n/);
    expect(cues.map((cue) => cue.split('\n')[1]).join(' ')).toBe(text);
  });

  it('keeps chapter titles whole when asked, and leaves out empty items and items past the end', () => {
    const vtt = buildVtt(
      [
        { startSeconds: 0, text: ' ' },
        { startSeconds: 5, text: 'Kapitel' },
        { startSeconds: 50, text: 'Efter slut' },
      ],
      20,
      { split: false },
    );
    expect(vtt).toBe('WEBVTT\n\n00:00:05.000 --> 00:00:20.000\nKapitel\n');
  });

  it('is a bare header for a talk without transcript', () => {
    expect(buildVtt([], 100)).toBe('WEBVTT\n\n');
  });
});
