import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { axeViolations, openBrowser, signIn, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const SLUG = 'naar-18-aarsdagen-naermer-sig';
const DEMO_FILE = new URL('../../seeds/demo/media/overgange-uden-brud.mp4', import.meta.url);

/**
 * A newcomer sees a talk play: the demo's own video loads and plays, with Danish captions from the transcript and
 * seekable chapters; a talk on a video host shows a facade that asks the host for nothing until it is clicked.
 */
describe.each([
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
])('talk video on $name', ({ width, height }) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width, height });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!base)('loads the demo video, plays it, shows captions, and seeks on a chapter click', async () => {
    const { page } = browser;
    await visit(page, base, `/talks/${SLUG}`);
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
    const facts = await page.locator('video').evaluate((v: HTMLVideoElement) => ({
      duration: Math.round(v.duration),
      tracks: [...v.querySelectorAll('track')].map((t) => ({ kind: t.kind, lang: t.srclang, default: t.default })),
    }));
    expect(facts.duration).toBe(2100);
    expect(facts.tracks).toEqual([
      { kind: 'captions', lang: 'da', default: true },
      { kind: 'chapters', lang: 'da', default: false },
    ]);
    // The captions track is fetched and parsed from /media/talks/…/captions.vtt: its first cue is the transcript's.
    await page.waitForFunction(() => (document.querySelector('video')?.textTracks[0]?.cues?.length ?? 0) > 0);
    const firstCue = await page
      .locator('video')
      .evaluate((v: HTMLVideoElement) => (v.textTracks[0]!.cues![0] as VTTCue).text);
    expect(firstCue.length).toBeGreaterThan(10);

    await page.locator('video').evaluate((v: HTMLVideoElement) => {
      v.muted = true; // autoplay rules let a muted video start without a gesture
      return v.play();
    });
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.5);

    const chapter = page.getByRole('button', { name: /Uddannelse og første semester/ });
    await chapter.click();
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) >= 1140);
    await expect(chapter.getAttribute('aria-current')).resolves.toBe('true');
    await page.locator('video').evaluate((v: HTMLVideoElement) => v.pause());

    expect(await axeViolations(page)).toEqual([]);
  });

  it.skipIf(!base)('shows a video host behind a facade that requests nothing from it before the click', async () => {
    const { page, context } = browser;
    const origin = new URL(base).origin;
    const outside: string[] = [];
    const record = (request: { url(): string }) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) outside.push(request.url());
    };
    context.on('request', record);
    // Stand in for YouTube once the viewer asks for it: the test makes no real outside request.
    await context.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title>' }),
    );
    // The talk as the server answers it for a talk linked to YouTube (the demo has none).
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { data?: { talk?: Record<string, unknown> } };
      if (body.data?.talk && 'video' in body.data.talk) {
        body.data.talk.video = {
          kind: 'EMBED',
          src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
          contentType: null,
          provider: 'YouTube',
          pageUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        };
      }
      await route.fulfill({ response, json: body });
    });
    try {
      await visit(page, base, `/talks/${SLUG}`);
      const play = page.getByRole('button', { name: 'Afspil videoen fra YouTube' });
      await play.waitFor();
      await expect(page.locator('iframe').count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(outside).toEqual([]);

      await play.click();
      const frame = page.locator('iframe.video-embed');
      await frame.waitFor();
      await expect(frame.getAttribute('src')).resolves.toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
      await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument !== undefined);
      await expect.poll(() => outside).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']);
    } finally {
      context.off('request', record);
      await page.unroute('**/graphql');
      await context.unroute('https://www.youtube-nocookie.com/**');
    }
  });
});

describe.skipIf(!base)('an editor uploads a talk video', () => {
  const staff = inject('e2eStaff');
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser({ width: 1366, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.skipIf(!staff.editor)('from the edit page over tus, and the talk then plays it', async () => {
    const { page } = browser;
    await signIn(page, base, staff.editor!);
    const slug = 'skoleteam-og-hoeje-forventninger';
    const id = await page.evaluate(async (s) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($s: String!) { talk(slug: $s) { id video { kind } } }',
          variables: { s },
        }),
      });
      const body = (await response.json()) as { data: { talk: { id: string; video: unknown } } };
      return body.data.talk;
    }, slug);
    expect(id.video).toBeNull();
    await visit(page, base, `/edit/${encodeURIComponent(id.id)}`);
    await page.getByLabel('Videofil').setInputFiles(fileURLToPath(DEMO_FILE));
    await page.getByRole('button', { name: 'Upload og brug videoen' }).click();
    await page.getByText('Videoen er uploadet og vises nu på oplægget.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await visit(page, base, `/talks/${slug}`);
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
    const played = await page.locator('video').evaluate((v: HTMLVideoElement) => ({
      src: new URL(v.currentSrc).pathname,
      duration: Math.round(v.duration),
    }));
    expect(played).toEqual({ src: `/media/talks/${slug}/video`, duration: 1620 });
  });
});
