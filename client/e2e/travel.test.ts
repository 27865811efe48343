import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const TALK = { slug: 'naar-18-aarsdagen-naermer-sig', title: 'Når 18-årsdagen nærmer sig' };

/**
 * A shared talk link: a link unfurler gets a rich preview from the server's head, and a person who follows the
 * same link gets the app, which boots on the server-written page and navigates on from it.
 */
describe.skipIf(!base)('knowledge that travels: a shared talk link', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('previews richly for a link unfurler', async () => {
    const res = await fetch(`${base}/talks/${TALK.slug}`, {
      headers: { accept: '*/*', 'user-agent': 'facebookexternalhit/1.1' },
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<title>${TALK.title} · Vidensbro</title>`);
    expect(html).toContain(`<meta property="og:title" content="${TALK.title}" />`);
    expect(html).toMatch(/<script type="application\/ld\+json">\{[^<]*"@type":"VideoObject"/);
  });

  it('boots the app on the server-written page and navigates on from it', async () => {
    const { page } = browser;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await visit(page, base, `/talks/${TALK.slug}`);
    await expect(page.locator('main h1').first().textContent()).resolves.toBe(TALK.title);
    await expect(page.title()).resolves.toBe(`${TALK.title} · Vidensbro`);
    await expect(page.locator('head title').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Metoder' }).click();
    await page.waitForURL(/\/methods$/);
    await page.locator('.cards .card').first().waitFor();
    await expect(page.locator('main h1').first().textContent()).resolves.toBe('Metoder');
    await expect(page.title()).resolves.toBe('Metoder · Vidensbro');
    expect(errors).toEqual([]);
  });

  it('shows the app’s not-found page, with a 404, for an address no page has', async () => {
    const { page } = browser;
    const response = await page.goto(`${base}/ingen/side/her`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Siden blev ikke fundet' }).waitFor();
    await expect(page.title()).resolves.toBe('Siden blev ikke fundet · Vidensbro');
  });
});
