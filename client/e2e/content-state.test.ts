import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const staff = inject('e2eStaff');

/**
 * After "Gem som kladde" the editor lands on the item's page, which confirms the save, says it is a draft, offers
 * "Udgiv", and keeps discussion closed until it is published.
 */
describe.skipIf(!base || !staff.editor)('editors see an item’s state on its page', () => {
  for (const [name, size] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    describe(name, () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await openBrowser(size);
      });
      afterAll(async () => {
        await browser?.close();
      });

      it('confirms the save, shows the draft with Udgiv, and opens discussion once published', async () => {
        const { page } = browser;
        const title = `Kladde på ${name}`;
        await signIn(page, base, staff.editor!, '/edit/new/method');
        await page.getByLabel(/^Navn/).fill(title);
        await page.getByLabel(/^Resumé/).fill('Et kort resumé.');
        await page.getByLabel(/^Beskrivelse/).fill('En længere beskrivelse.');
        await page.getByRole('button', { name: 'Gem som kladde' }).click();
        await page.waitForURL(/\/methods\/kladde-paa-/);
        const slug = new URL(page.url()).pathname.split('/').pop()!;
        await expect(page.locator('main h1').textContent()).resolves.toBe(title);

        const status = page.locator('.content-state [role="status"]');
        await expect(status.textContent()).resolves.toBe(
          'Gemt som kladde. Kun redaktørerne kan se den, indtil den er udgivet.',
        );
        const banner = page.getByRole('region', { name: 'Udgivelse' });
        await expect(banner.textContent()).resolves.toContain('Kladde');
        const discussion = page.locator('section[aria-labelledby="discussion"]');
        await discussion.getByText('Dialogen åbner, når indholdet er udgivet.', { exact: false }).waitFor();
        await expect(discussion.getByRole('button', { name: 'Start en tråd' }).count()).resolves.toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        await banner.getByRole('button', { name: 'Udgiv' }).click();
        await page.waitForFunction(() =>
          document.querySelector('.content-state [role="status"]')?.textContent?.startsWith('Indholdet er udgivet.'),
        );
        await page.getByRole('region', { name: 'Udgivelse' }).waitFor({ state: 'detached' });
        // The discussion learns of the publication without a reload.
        await discussion.getByRole('button', { name: 'Start en tråd' }).waitFor();
        await expect(discussion.locator('.callout').count()).resolves.toBe(0);

        // A thread on it closes again when it goes back to being a draft: no box to write in, and it says why.
        await discussion.getByRole('button', { name: 'Start en tråd' }).click();
        await page.getByLabel('Overskrift').fill('Erfaringer?');
        await page.getByLabel('Dit indlæg').fill('Hvem har prøvet det?');
        await page.getByRole('button', { name: 'Start en tråd' }).click();
        await page.waitForURL(/\/threads\//);
        const methodId = await page.evaluate(async (slug) => {
          const call = async (query: string, variables: Record<string, unknown>) =>
            (await (
              await fetch('/graphql', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query, variables }),
              })
            ).json()) as { data: { method: { id: string } } };
          const { data } = await call('query($s: String!) { method(slug: $s) { id } }', { s: slug });
          await call('mutation($id: ID!) { unpublish(id: $id) { node { id } } }', { id: data.method.id });
          return data.method.id;
        }, slug);
        expect(methodId).toBeTruthy();
        await page.reload();
        await page.locator('main h1').waitFor();
        await page.getByText('Dialogen åbner, når indholdet er udgivet.', { exact: false }).waitFor();
        await expect(page.getByLabel('Din kommentar').count()).resolves.toBe(0);
        await expect(page.getByRole('button', { name: 'Svar' }).count()).resolves.toBe(0);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});
