import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');

describe.skipIf(!base)('browsing: home → methods with filters → a method’s evidence', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the next forum meeting with its report and what is new', async () => {
    const { page } = browser;
    await visit(page, base, '/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Viden og erfaringer om anbragte og udsatte børn');
    const meeting = page.locator('section.meeting');
    await expect(
      meeting.getByRole('link', { name: 'Forummøde: Læring og trivsel i plejefamilien' }).count(),
    ).resolves.toBe(1);
    await expect(meeting.locator('.meeting__report h3').textContent()).resolves.toContain('Læring og trivsel');
    for (const heading of ['Nye praksiseksempler', 'Nye metoder', 'Oplæg']) {
      await expect(page.getByRole('heading', { name: heading, exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.locator('.news .card').count()).resolves.toBeGreaterThanOrEqual(9);
  });

  it('filters methods, keeps the filters in the URL, and opens a method with every rating side by side', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Metoder' }).click();
    await page.waitForURL(/\/methods$/);
    await page.locator('.cards .card').first().waitFor();
    const all = await page.locator('.cards .card').count();

    await page.getByLabel('Vidensbros vurdering mindst').selectOption('MODERATE');
    await page.waitForURL(/styrke=MODERATE/);
    await page.waitForFunction((before) => document.querySelectorAll('.cards .card').length < before, all);
    // Each badge reads "Vidensbros vurdering: Moderat" to a screen reader; the visible word comes last.
    const badges = await page.locator('.cards .card .badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(badges.filter((b) => !/(Stærk|Moderat)$/.test(b.trim()))).toEqual([]);
    await expect(page.locator('.result-count').textContent()).resolves.toMatch(/^\d+ resultat/);

    await page.getByRole('link', { name: 'De Utrolige År' }).click();
    await page.waitForURL(/\/methods\/de-utrolige-aar$/);
    await page.locator('.evidence-table').waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('De Utrolige År');

    const rows = page.locator('.evidence-table tbody tr');
    await expect(rows.count()).resolves.toBe(4);
    const schemes = await page.locator('.evidence-table tbody th').allTextContents();
    expect(schemes.map((s) => s.trim()).sort()).toEqual(['Blueprints', 'EIF Guidebook', 'Vidensbro', 'Vidensportalen']);
    for (let i = 0; i < 4; i++) {
      const cells = rows.nth(i).locator('td');
      await expect(cells.count()).resolves.toBe(4); // value, common scale, date, source
      await expect(cells.nth(2).locator('time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await expect(cells.nth(3).textContent()).resolves.not.toBe('');
    }
    const chart = page.getByRole('img', { name: /Vidensdeklaration/ });
    await expect(chart.count()).resolves.toBe(1);
    await expect(chart.locator('desc').textContent()).resolves.toMatch(/Målgruppe: [A-D], Metode: [A-D]/);
    // Linked cases and studies, or a clear empty state where the method has none yet.
    const cases = page.locator('section[aria-labelledby="cases"]');
    const studies = page.locator('section[aria-labelledby="studies"]');
    await expect(cases.locator('h2').textContent()).resolves.toBe('Praksiseksempler med metoden');
    await expect(studies.locator('h2').textContent()).resolves.toBe('Studier af metoden');
    expect((await cases.locator('.card').count()) || (await cases.locator('.state--empty').count())).toBeGreaterThan(0);
    expect(
      (await studies.locator('.item').count()) || (await studies.locator('.state--empty').count()),
    ).toBeGreaterThan(0);
  });

  it('reads an event in the forum’s order: theme, report, talks, workshops, the conversation, then the next meeting', async () => {
    const { page } = browser;
    await visit(page, base, '/events/forummoede-2027-laering-og-trivsel');
    await expect(page.locator('.page-main h2').allTextContents()).resolves.toEqual([
      'Tema',
      'Rapport',
      'Oplæg',
      'Workshops',
      'Fortsæt dialogen',
      'Næste møde',
    ]);
    await expect(page.locator('.callout h3 a').getAttribute('href')).resolves.toMatch(/^\/reports\//);
    await expect(page.locator('section[aria-labelledby="talks"] .card').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('section[aria-labelledby="workshops"] .item').count()).resolves.toBeGreaterThan(0);
    // Discussions are for members: a reader who is not signed in is invited to sign in.
    const discussion = page.locator('section[aria-labelledby="discussion"]');
    await expect(discussion.getByRole('link', { name: 'Log ind' }).getAttribute('href')).resolves.toBe(
      '/sign-in?next=%2Fevents%2Fforummoede-2027-laering-og-trivsel',
    );
  });

  it('says plainly when a page does not exist', async () => {
    const { page } = browser;
    await visit(page, base, '/methods/findes-ikke');
    await expect(page.locator('h1').textContent()).resolves.toBe('Siden blev ikke fundet');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Siden findes ikke');
    await visit(page, base, '/ingen/side/her');
    await expect(page.locator('h1').textContent()).resolves.toBe('Siden blev ikke fundet');
  });
});
