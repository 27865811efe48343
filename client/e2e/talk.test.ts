import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');

describe.skipIf(!base)('talk page: chapters seek, the transcript follows and can be searched', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('seeks the demo video when a chapter is clicked', async () => {
    const { page } = browser;
    await visit(page, base, '/talks/overgange-uden-brud');
    // The demo ships its videos (scripts/make-demo-media.sh): the player loads the file's metadata.
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
    const at = () => page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime);

    const chapter = page.getByRole('button', { name: /Ugentlige opkald som tidlig alarm/ });
    await chapter.click();
    await expect(chapter.getAttribute('aria-current')).resolves.toBe('true');
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) >= 540);
    await page.locator('video').evaluate((v: HTMLVideoElement) => v.pause());
    expect(await at()).toBeLessThan(550);
    const current = page.locator('.transcript__list li.is-current');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.locator('.segment__time').textContent()).resolves.toBe('9:00');

    await page.getByRole('button', { name: /Indledning/ }).click();
    await page.locator('video').evaluate((v: HTMLVideoElement) => v.pause());
    await expect(current.locator('.segment__time').textContent()).resolves.toBe('0:00');
    await expect(chapter.getAttribute('aria-current')).resolves.toBeNull();
  });

  it('follows playback as the video reports time', async () => {
    const { page } = browser;
    // Simulate the player advancing: the same event a playing video sends (paused, so real time cannot interfere).
    await page.locator('video').evaluate((v: HTMLVideoElement) => {
      v.pause();
      Object.defineProperty(v, 'currentTime', { configurable: true, get: () => 365, set: () => {} });
      v.dispatchEvent(new Event('timeupdate'));
    });
    await expect(page.locator('.transcript__list li.is-current .segment__time').textContent()).resolves.toBe('6:00');
  });

  it('searches the transcript as site search reads Danish: a typo finds the segment, and choosing it seeks', async () => {
    const { page } = browser;
    const box = page.getByLabel('Søg i udskriften');
    const status = page.locator('.transcript .result-count');
    // Misspelled: the transcript says "sammenbrud" (at 3:00 and 25:40), never "sammenbrudd".
    await box.fill('sammenbrudd');
    await page.waitForFunction(() =>
      /afsnit matcher/.test(document.querySelector('.transcript .result-count')?.textContent ?? ''),
    );
    await expect(status.textContent()).resolves.toBe('2 afsnit matcher');
    const rows = page.locator('.transcript__list li');
    await expect(rows.locator('.segment__time').allTextContents()).resolves.toEqual(['3:00', '25:40']);
    await expect(rows.locator('mark').allTextContents()).resolves.toEqual(['sammenbrud', 'sammenbrud']);

    // Undo the previous test's stand-in clock, so the element's own position shows the seek.
    await page.locator('video').evaluate((v: HTMLVideoElement) => delete (v as { currentTime?: number }).currentTime);
    await rows.first().getByRole('button').click();
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) >= 180);
    await page.locator('video').evaluate((v: HTMLVideoElement) => v.pause());
    expect(await page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThan(190);
    await expect(rows.first().getByRole('button').getAttribute('aria-current')).resolves.toBe('true');

    // A word the speaker never says finds its synonym: "plejemor" → "plejeforældre" (first said at 6:00).
    await box.fill('plejemor');
    await page.waitForFunction(() =>
      /^plejeforældre/i.test(document.querySelector('.transcript__list mark')?.textContent ?? ''),
    );
    await expect(rows.first().locator('.segment__time').textContent()).resolves.toBe('6:00');
    await box.fill('xyzzy');
    await page.waitForFunction(
      () => document.querySelector('.transcript .result-count')?.textContent === 'Ingen afsnit matcher søgningen.',
    );
    await expect(rows.count()).resolves.toBe(0);
    await box.fill('');
    await expect(rows.count()).resolves.toBeGreaterThan(5);
  });
});
