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

  it('seeks the video when a chapter is clicked, even when the video file is missing', async () => {
    const { page } = browser;
    await visit(page, base, '/talks/overgange-uden-brud');
    // The demo's /media/... files do not exist: the page says so instead of showing a broken player.
    await page.getByText('Videoen er ikke tilgængelig endnu').waitFor();

    const chapter = page.getByRole('button', { name: /Ugentlige opkald som tidlig alarm/ });
    await chapter.click();
    await expect(chapter.getAttribute('aria-current')).resolves.toBe('true');
    // Without media, the element keeps the requested position as its start position.
    await expect(page.locator('video').evaluate((v: HTMLVideoElement) => v.currentTime)).resolves.toBe(540);
    const current = page.locator('.transcript__list li.is-current');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.locator('.segment__time').textContent()).resolves.toBe('9:00');

    await page.getByRole('button', { name: /Indledning/ }).click();
    await expect(current.locator('.segment__time').textContent()).resolves.toBe('0:00');
    await expect(chapter.getAttribute('aria-current')).resolves.toBeNull();
  });

  it('follows playback as the video reports time', async () => {
    const { page } = browser;
    // Simulate the player advancing: the same event a playing video sends.
    await page.locator('video').evaluate((v: HTMLVideoElement) => {
      Object.defineProperty(v, 'currentTime', { configurable: true, get: () => 365 });
      v.dispatchEvent(new Event('timeupdate'));
    });
    await expect(page.locator('.transcript__list li.is-current .segment__time').textContent()).resolves.toBe('6:00');
  });

  it('searches the transcript and marks the words found', async () => {
    const { page } = browser;
    await page.getByLabel('Søg i udskriften').fill('plejefamilie');
    const status = page.locator('.transcript .result-count');
    await expect(status.textContent()).resolves.toMatch(/afsnit matcher/);
    const shown = await page.locator('.transcript__list li').count();
    expect(shown).toBeGreaterThan(0);
    await expect(page.locator('.transcript__list mark').first().textContent()).resolves.toMatch(/plejefamilie/i);
    await page.getByLabel('Søg i udskriften').fill('xyzzy');
    await expect(status.textContent()).resolves.toBe('Ingen afsnit matcher søgningen.');
  });
});
