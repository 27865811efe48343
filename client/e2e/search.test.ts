import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Browser } from './browser';
import { hasPrerequisite } from '../../server/test/helpers/prerequisites.js';

const base = inject('e2eBaseUrl');

/** Search needs Meilisearch; where the server runs without it, the page must say so instead. */
async function searchAvailable(): Promise<boolean> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ search(query: "skole", first: 1) { totalCount } }' }),
  });
  const body = (await response.json()) as { data?: { search: { totalCount: number } } };
  return Boolean(body.data?.search.totalCount);
}

describe.skipIf(!base)('search', () => {
  let browser: Browser;
  let available = false;
  beforeAll(async () => {
    browser = await openBrowser();
    // Without search the page must say so (checked below); in CI a search that finds nothing fails the run.
    available = hasPrerequisite(
      await searchAvailable(),
      '[e2e] Search (Meilisearch with the demo content indexed)',
      'Set MEILI_URL to a Meilisearch 1.21, e.g. `docker compose up meilisearch`.',
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('searches from the home page, narrows with facets in the URL, and opens a method', async (context) => {
    const { page } = browser;
    await visit(page, base, '/');
    await page.getByLabel('Søg i Vidensbro').fill('skole');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL(/\/search\?q=skole$/);
    if (!available) {
      await expect(page.getByRole('alert').textContent()).resolves.toContain('Søgningen er ikke tilgængelig');
      context.skip();
    }
    await page.locator('.hits .hit').first().waitFor();
    await expect(page.locator('.hits mark').count()).resolves.toBeGreaterThan(0);

    await page
      .getByRole('group', { name: 'Type' })
      .getByLabel(/^Metoder/)
      .check();
    await page.waitForURL(/type=METHOD/);
    await page.waitForFunction(() =>
      // The kind of each hit (a method's verdict badge sits beside it).
      [...document.querySelectorAll('.hits .hit__type > span:not(.verdict):not(.badge):not(.visually-hidden)')].every(
        (el) => el.textContent === 'Metode',
      ),
    );
    await expect(
      page.getByRole('list', { name: 'Valgte filtre' }).getByRole('button').allTextContents(),
    ).resolves.toEqual(['Metoder ×']);

    // The state is in the URL: reloading shows the same search.
    await page.reload();
    await page.locator('.hits .hit').first().waitFor();
    await expect(
      page
        .getByRole('group', { name: 'Type' })
        .getByLabel(/^Metoder/)
        .isChecked(),
    ).resolves.toBe(true);

    const first = page.locator('.hits .hit__title a').first();
    const title = (await first.textContent())?.trim();
    await first.click();
    await page.waitForURL(/\/methods\/[a-z0-9-]+$/);
    await page.locator('main h1').waitFor();
    await expect(page.locator('main h1').textContent()).resolves.toBe(title);

    await page.goBack();
    await page.getByRole('button', { name: 'Ryd alle' }).click();
    await page.waitForURL(/\/search\?q=skole$/);
  });

  it('suggests as you type and opens a suggestion from the keyboard', async (context) => {
    if (!available) context.skip();
    const { page } = browser;
    await visit(page, base, '/');
    const box = page.getByRole('combobox', { name: 'Søg i Vidensbro' });
    await box.pressSequentially('plejefam', { delay: 30 });
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(box.getAttribute('aria-activedescendant')).resolves.toMatch(/o0$/);
    const option = page.getByRole('option', { selected: true });
    const text = (await option.locator('span[lang]').textContent())?.trim();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/search') && url.pathname !== '/');
    await expect(page.locator('main h1').textContent()).resolves.toBe(text);
  });
});
