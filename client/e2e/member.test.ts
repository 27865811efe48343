import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');

describe.skipIf(!base)('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('links to sign-in from any page and says clearly when the details are wrong', async () => {
    const { page } = browser;
    await visit(page, base, '/methods/keep');
    await page.locator('header.site-header').getByRole('link', { name: 'Log ind' }).click();
    await page.waitForURL(/\/sign-in\?next=%2Fmethods%2Fkeep$/);
    await page.getByLabel('E-mail').fill('ingen@example.org');
    await page.getByLabel('Adgangskode').fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toBe('Forkert e-mail eller adgangskode.');
    await expect(page.evaluate(() => location.pathname)).resolves.toBe('/sign-in');
  });
});
