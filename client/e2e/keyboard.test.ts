import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');

/** Presses Tab until the focused element matches, like a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 40): Promise<void> {
  const test = `(${matches.toString()})(document.activeElement)`;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  throw new Error(`Focus did not reach the element within ${limit} Tab presses.`);
}

const focused = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    id: document.activeElement?.id,
    text: document.activeElement?.textContent?.trim(),
    outline: document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : '',
  }));

describe.skipIf(!base)('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('skips to content, walks the menu, filters a list and opens a method without a mouse', async () => {
    const { page } = browser;
    await visit(page, base, '/');

    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'A', text: 'Gå til indhold' });
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({ id: 'main' });

    // Back to the top and along the menu to "Metoder"; focus is always visible.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, (el) => el.textContent?.trim() === 'Metoder' && el.tagName === 'A');
    await expect(focused(page)).resolves.toMatchObject({ outline: 'solid' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/methods$/);
    await page.locator('.cards .card').first().waitFor();
    // After navigation the new page's content has focus, so the next Tab starts there, not in the header.
    await expect(focused(page)).resolves.toMatchObject({ id: 'main' });

    await tabTo(
      page,
      (el) => el.tagName === 'SELECT' && (el as HTMLSelectElement).labels[0]?.textContent === 'Målgruppe',
    );
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/maalgruppe=FOSTER_CHILDREN/);

    await tabTo(page, (el) => el.classList.contains('card__link'));
    const name = (await focused(page)).text;
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/methods\/[a-z0-9-]+$/);
    await page.locator('.evidence-table, .state--empty').first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe(name);
  });

  it('plays a talk’s chapters from the keyboard', async () => {
    const { page } = browser;
    await visit(page, base, '/talks/overgange-uden-brud');
    await tabTo(page, (el) => el.classList.contains('chapter') && (el.textContent ?? '').includes('Gruppeforløb'));
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: /Gruppeforløb for plejeforældre/ }).getAttribute('aria-current'),
    ).resolves.toBe('true');
    await page.keyboard.press('Space');
    await expect(page.locator('.transcript__list li.is-current .segment__time').textContent()).resolves.toBe('16:00');
  });
});
