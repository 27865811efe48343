import { describe, expect, inject, it } from 'vitest';
import { axeViolations, signIn, visit, inEachViewport } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');

describe.skipIf(!base || members.length < 2)('no dead ends', () => {
  inEachViewport((browser) => {
    it('offers words, topics and ways to browse when a search finds nothing', async () => {
      const { page } = browser();
      await visit(page, base, '/search?q=traumeqqq');
      const none = page.locator('.no-hits');
      await expect(none.locator('.no-hits__title').textContent()).resolves.toBe('Ingen resultater for »traumeqqq«.');
      const terms = none.getByRole('list', { name: 'Mente du' });
      await expect(terms.getByRole('link').allTextContents()).resolves.toContain('traumer');
      await expect(
        none.getByRole('list', { name: 'Emner, der ligner' }).getByRole('link').count(),
      ).resolves.toBeGreaterThan(0);
      await expect(
        none.getByRole('list', { name: 'Gå på opdagelse' }).getByRole('link').allTextContents(),
      ).resolves.toEqual(['Metoder', 'Praksis', 'Emner', 'Møder', 'Alt indhold']);
      expect(await axeViolations(page)).toEqual([]);

      await terms.getByRole('link', { name: 'traumer' }).click();
      await page.waitForURL(/\/search\?q=traumer$/);
      await page.locator('.hits .hit').first().waitFor();

      // Nothing near at all: the main topics are offered instead.
      await visit(page, base, '/search?q=xyzzyplopp');
      await expect(page.getByRole('list', { name: 'Emner' }).getByRole('link').count()).resolves.toBeGreaterThan(2);
    });

    it('lets a keyboard user skip the facets to the results', async () => {
      const { page } = browser();
      await visit(page, base, '/search?q=skole');
      const skip = page.getByRole('link', { name: 'Spring til resultater' });
      await skip.focus();
      await expect(skip.isVisible()).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-results');
    });

    it('lets a member change name, password and notifications, and says what went wrong', async () => {
      const { page } = browser();
      const bo = members[1]!;
      await signIn(page, base, bo, '/account/settings');
      await expect(page.locator('main h1').textContent()).resolves.toBe('Indstillinger');
      expect(await axeViolations(page)).toEqual([]);

      const profile = page.locator('section[aria-labelledby="profile"]');
      await profile.getByLabel('Navn', { exact: true }).fill(`${bo.name} Jensen`);
      await profile.getByLabel('Stilling (valgfri)').fill('Frivilligkoordinator');
      await profile.getByRole('button', { name: 'Gem navn og stilling' }).click();
      await profile.getByText('Dit navn og din stilling er gemt.').waitFor();
      // The header follows at once.
      await page.locator('.viewer-menu__name', { hasText: `${bo.name} Jensen` }).waitFor();

      const password = page.locator('section[aria-labelledby="password"]');
      await password.getByLabel('Nuværende adgangskode').fill('ikke-det-rigtige-kodeord');
      await password.getByLabel('Ny adgangskode').fill('et-nyt-og-langt-kodeord');
      await password.getByRole('button', { name: 'Skift adgangskode' }).click();
      await password.getByText('Den nuværende adgangskode er forkert.').waitFor();
      await expect(password.getByLabel('Nuværende adgangskode').getAttribute('aria-invalid')).resolves.toBe('true');
      await password.getByLabel('Nuværende adgangskode').fill(bo.password);
      await password.getByLabel('Ny adgangskode').fill('kort');
      await password.getByRole('button', { name: 'Skift adgangskode' }).click();
      await password.getByText(/skal have mindst 10 tegn/).waitFor();
      await password.getByLabel('Ny adgangskode').fill('et-nyt-og-langt-kodeord');
      await password.getByRole('button', { name: 'Skift adgangskode' }).click();
      await password.getByText(/^Adgangskoden er skiftet\./).waitFor();

      const notifications = page.locator('section[aria-labelledby="notifications"]');
      const mentions = notifications.getByLabel('Når nogen nævner dig');
      await mentions.uncheck();
      await notifications.getByRole('button', { name: 'Gem notifikationer' }).click();
      await notifications.getByText('Dine notifikationer er gemt.').waitFor();
      await expect(notifications.getByLabel(/rykker op fra ventelisten/).isDisabled()).resolves.toBe(true);
      await page.reload();
      await page.locator('main h1').waitFor();
      await expect(page.getByLabel('Når nogen nævner dig').isChecked()).resolves.toBe(false);
      expect(await axeViolations(page)).toEqual([]);

      // Put everything back, so other tests meet Bo as he was.
      await page.getByLabel('Når nogen nævner dig').check();
      await page.getByRole('button', { name: 'Gem notifikationer' }).click();
      await page.getByText('Dine notifikationer er gemt.').waitFor();
      await page.getByLabel('Nuværende adgangskode').fill('et-nyt-og-langt-kodeord');
      await page.getByLabel('Ny adgangskode').fill(bo.password);
      await page.getByRole('button', { name: 'Skift adgangskode' }).click();
      await page.getByText(/^Adgangskoden er skiftet\./).waitFor();
      await page.getByLabel('Navn', { exact: true }).fill(bo.name);
      await page.getByLabel('Stilling (valgfri)').fill('');
      await page.getByRole('button', { name: 'Gem navn og stilling' }).click();
      await page.getByText('Dit navn og din stilling er gemt.').waitFor();
    });
  });
});
