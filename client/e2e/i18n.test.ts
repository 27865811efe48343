import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');

describe.skipIf(!base)('language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches the whole interface to English, keeps content marked Danish, and remembers the choice', async () => {
    const { page } = browser;
    await visit(page, base, '/methods/keep');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('da');
    await expect(page.getByRole('heading', { name: 'Evidens', exact: true }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const nav = page.getByRole('navigation', { name: 'Main menu' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual([
      'Methods',
      'Practice',
      'Meetings',
      'Topics',
      'Organisations',
      'Search',
    ]);
    await expect(page.getByRole('heading', { name: 'Evidence', exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('.evidence-table thead').textContent()).resolves.toContain('Rating scheme');
    // The method's own text is Danish and says so.
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('da');
    await expect(page.locator('.prose').first().getAttribute('lang')).resolves.toBe('da');

    await page.reload();
    await page.locator('main h1').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('button', { name: 'Skift til dansk' }).count()).resolves.toBe(1);

    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('da');
    await expect(page.getByRole('heading', { name: 'Evidens', exact: true }).count()).resolves.toBe(1);
  });

  it('titles the open page in the language just chosen', async () => {
    const { page } = browser;
    await visit(page, base, '/methods');
    await expect(page.title()).resolves.toBe('Metoder · Vidensbro');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.title()).resolves.toBe('Methods · Vidensbro');
    await page.getByRole('button', { name: 'Skift til dansk' }).click();
    await expect(page.title()).resolves.toBe('Metoder · Vidensbro');
  });
});
