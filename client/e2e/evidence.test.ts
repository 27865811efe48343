import { describe, expect, inject, it } from 'vitest';
import { axeViolations, visit, inEachViewport } from './browser';

const base = inject('e2eBaseUrl');

/**
 * The evidence headline is Vidensbro's verdict with its spread, never the strongest single rating: De Utrolige År
 * has one EIF "4" (strong) while the editors, Blueprints and Vidensportalen say moderate.
 */
describe.skipIf(!base)('honest evidence', () => {
  inEachViewport((browser) => {
    it('leads a method with the verdict and how many ratings agree, each rating linked and explained', async () => {
      const { page } = browser();
      await visit(page, base, '/methods/de-utrolige-aar');
      const headline = page.locator('.page-header .verdict');
      await expect(headline.textContent()).resolves.toBe('Vidensbros vurdering: Moderat — 3 af 4 vurderinger er enige');
      await expect(page.locator('.page-header').getByText('Stærk').count()).resolves.toBe(0);

      // Every rating from an outside scheme links to where it can be read; Blueprints' value is in Danish.
      const rows = page.locator('.evidence-table tbody tr');
      for (const scheme of ['Blueprints', 'EIF Guidebook', 'Vidensportalen']) {
        const row = rows.filter({ has: page.locator('th', { hasText: scheme }) });
        await expect(row.locator('a.rating-source').getAttribute('href')).resolves.toMatch(/^https:\/\//);
      }
      const blueprints = rows.filter({ has: page.locator('th', { hasText: 'Blueprints' }) });
      await expect(blueprints.locator('.rating-value').textContent()).resolves.toBe('Lovende');

      // Each letter of the Vidensdeklaration is said in words.
      const explained = page.locator('table.declaration-explained');
      await expect(explained.locator('tbody tr').count()).resolves.toBe(5);
      await expect(explained.locator('tbody tr').first().textContent()).resolves.toMatch(
        /^Målgruppe[A-D]: .+Hvor godt det er beskrevet/,
      );
      expect(await axeViolations(page)).toEqual([]);
    });

    it('filters and sorts methods by the verdict, and lists the search facet strongest first', async () => {
      const { page } = browser();
      await visit(page, base, '/methods?styrke=STRONG');
      await page.locator('.result-count').waitFor();
      const names = await page.locator('.cards .card .card__title').allTextContents();
      expect(names).not.toContain('De Utrolige År');
      for (const spread of await page.locator('.cards .card .verdict__spread').allTextContents())
        expect(spread).toMatch(/^ ?(\d+ af \d+ vurderinger er enige|1 vurdering)$/);

      await visit(page, base, '/search?q=');
      // On a phone the facets start folded away.
      const facets = page.locator('details.search-facets');
      if (!(await facets.evaluate((el) => (el as HTMLDetailsElement).open))) await facets.locator('summary').click();
      const facet = page.getByRole('group', { name: 'Vidensbros vurdering' });
      const labels = (await facet.locator('label').allTextContents()).map((l) => l.replace(/\d+$/, '').trim());
      const order = ['Stærk', 'Moderat', 'Lovende', 'Utilstrækkelig', 'Bekymrende', 'Ikke vurderet'];
      expect(labels.length).toBeGreaterThanOrEqual(3);
      expect(labels).toEqual(order.filter((l) => labels.includes(l)));
    });

    it('says what a rating means in English too', async () => {
      const { page } = browser();
      await visit(page, base, '/methods/de-utrolige-aar');
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect(page.locator('.page-header .verdict').textContent()).resolves.toBe(
        'Vidensbro’s verdict: Moderate — 3 of 4 ratings agree',
      );
      const blueprints = page
        .locator('.evidence-table tbody tr')
        .filter({ has: page.locator('th', { hasText: 'Blueprints' }) });
      await expect(blueprints.locator('.rating-value').textContent()).resolves.toBe('Promising');
      await page.getByRole('button', { name: 'Skift til dansk' }).click();
    });
  });
});
