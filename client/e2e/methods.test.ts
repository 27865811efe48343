import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');
const staff = inject('e2eStaff');

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const UPCOMING = '/events/forummoede-2027-laering-og-trivsel';
const COMPARED = [
  'De Utrolige År',
  'Skolfam – skoleteam for plejebørn',
  'KEEP – støtte til pleje- og netværksplejeforældre',
];

async function expectNoViolations(page: Page, label: string) {
  const violations = await axeViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Pages in a PDF: each page object says "/Type /Page" (the page tree says "/Type /Pages"). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe.skipIf(!base)('comparing methods', () => {
  let desk: Browser;
  let phone: Browser;
  beforeAll(async () => {
    desk = await openBrowser(DESKTOP);
    phone = await openBrowser(PHONE);
  });
  afterAll(async () => {
    await desk?.close();
    await phone?.close();
  });

  it('chooses up to three methods on the list and compares them side by side (desktop)', async () => {
    const { page } = desk;
    await visit(page, base, '/methods');
    for (const name of COMPARED) {
      const toggle = page.getByRole('button', { name: `Sammenlign ${name}`, exact: true });
      await toggle.click();
      await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    }
    // A fourth is refused with a message; the three stay chosen.
    const fourth = page.getByRole('button', { name: 'Sammenlign Multisystemisk Terapi (MST)', exact: true });
    await fourth.click();
    await expect(fourth.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.getByText('Du kan sammenligne højst tre metoder.').waitFor();
    await expect(page.locator('.compare-tray').textContent()).resolves.toContain('3 metoder valgt');
    await expectNoViolations(page, 'methods with a choice');

    await page.getByRole('link', { name: 'Sammenlign valgte' }).click();
    await page.waitForURL((url) => url.pathname === '/methods/compare');
    await page.locator('table.compare-table').waitFor();
    const columns = await page.locator('.compare-table thead th[scope="col"]').allTextContents();
    expect(columns).toEqual(COMPARED);
    const rows = await page.locator('.compare-table tbody th[scope="row"]').allTextContents();
    expect(rows).toEqual(
      expect.arrayContaining([
        'Målgrupper',
        'Alder',
        'Hvor',
        'Vidensbros vurdering',
        'EIF Guidebook',
        'Pris',
        'Udbydere i Danmark',
      ]),
    );
    const price = page.locator('.compare-table tbody tr', { has: page.locator('th', { hasText: /^Pris$/ }) });
    await expect(price.locator('td').first().textContent()).resolves.toContain('ca. 24.000 kr. pr. familie');
    await expect(page.locator('.compare-table').textContent()).resolves.toContain('Moderat');
    await expectNoViolations(page, 'compare, desktop');
  });

  it('keeps the comparison usable on a phone: the table scrolls sideways in a focusable region, the page does not', async () => {
    const { page } = phone;
    await visit(page, base, '/methods/compare?ids=de-utrolige-aar,skolfam,keep');
    const region = page.getByRole('region', { name: 'Metoderne side om side' });
    await region.locator('table').waitFor();
    const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The row headers stay in view while the methods scroll past them.
    await region.evaluate((el) => el.scrollTo({ left: 300 }));
    const header = await page.locator('.compare-table tbody th').first().boundingBox();
    expect(header!.x).toBeLessThan(30);
    await expectNoViolations(page, 'compare, phone');
  });
});

describe.skipIf(!base)('the one-page summary', () => {
  let desk: Browser;
  beforeAll(async () => {
    desk = await openBrowser(DESKTOP);
  });
  afterAll(async () => desk?.close());

  it.each(['de-utrolige-aar', 'treatment-foster-care-oregon', 'familieraadslagning'])(
    'prints %s on one A4 page, reached from the method page',
    async (slug) => {
      const { page } = desk;
      await visit(page, base, `/methods/${slug}`);
      await page.getByRole('link', { name: 'Udskriv resumé' }).click();
      await page.waitForURL((url) => url.pathname === `/methods/${slug}/summary`);
      await page.locator('.method-summary h1').waitFor();
      await expectNoViolations(page, `summary of ${slug}`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdfPages(pdf)).toBe(1);
    },
  );
});

describe.skipIf(!base)('how we rate', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])('is linked from every verdict and explains the scale and each scheme (%s)', async (_, size) => {
    const browser = await openBrowser(size);
    try {
      const { page } = browser;
      await visit(page, base, '/methods');
      await page.locator('.card').first().waitFor();
      const cards = await page.locator('.card').count();
      await expect.poll(() => page.locator('.card .verdict__how').count()).toBe(cards);
      await page.locator('.card').first().getByRole('link', { name: 'Sådan vurderer vi' }).click();
      await page.waitForURL((url) => url.pathname === '/evidence/how-we-rate');
      await page.getByRole('heading', { level: 1, name: 'Sådan vurderer vi evidens' }).waitFor();
      const eif = page.locator('section', { has: page.getByRole('heading', { level: 3, name: 'EIF Guidebook' }) });
      const row = eif.locator('tr', { hasText: 'Niveau 3 – effekt i mindst én stærk evaluering' });
      await expect(row.locator('.badge').textContent()).resolves.toBe('Moderat');
      await page.getByRole('heading', { name: 'Sådan regner vi den samlede vurdering og spredningen ud' }).waitFor();
      await expectNoViolations(page, `how we rate (${size.width})`);
      // And from the method page's own verdict.
      await visit(page, base, '/methods/de-utrolige-aar');
      await expect(page.locator('.page-header .verdict__how').getAttribute('href')).resolves.toBe(
        '/evidence/how-we-rate',
      );
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!base || members.length < 2)('the next action on a meeting, on a phone', () => {
  it('keeps "Tilmeld mig" in reach on a phone, takes the reader to the panel, and goes once registered', async () => {
    const browser = await openBrowser(PHONE);
    browser.page.on('dialog', (dialog) => void dialog.accept());
    try {
      const { page } = browser;
      await signIn(page, base, members[1]!, UPCOMING);
      const bar = page.getByRole('region', { name: 'Gå til tilmelding' });
      await bar.waitFor();
      const box = (await bar.boundingBox())!;
      expect(box.y + box.height).toBeCloseTo(PHONE.height, 0);
      await expectNoViolations(page, 'event with the bar');
      // The end of the page scrolls clear of the bar.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const footer = (await page.locator('.site-footer').boundingBox())!;
      expect(footer.y + footer.height).toBeLessThanOrEqual(box.y + 1);

      await page.evaluate(() => window.scrollTo(0, 0));
      await bar.getByRole('button', { name: 'Tilmeld mig' }).click();
      const panelButton = page.locator('section.registration').getByRole('button', { name: 'Tilmeld mig' });
      expect(await panelButton.evaluate((el) => el === document.activeElement)).toBe(true);
      // While the panel itself is on screen the bar steps aside.
      await expect.poll(() => bar.isVisible()).toBe(false);
      await panelButton.click();
      await page.locator('section.registration').getByText('Du er tilmeldt.').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect.poll(() => page.locator('.registration-bar').count()).toBe(0);
      // Leave the seat for the other tests.
      await page.locator('section.registration').getByRole('button', { name: 'Afmeld mig' }).click();
      await page.locator('section.registration').getByRole('button', { name: 'Tilmeld mig' }).waitFor();
    } finally {
      await browser.close();
    }
  });

  it('is never shown on a wide screen, where the panel sits beside the programme', async () => {
    const browser = await openBrowser(DESKTOP);
    try {
      await visit(browser.page, base, UPCOMING);
      await browser.page.locator('section.registration').waitFor();
      await expect(browser.page.locator('.registration-bar').isVisible()).resolves.toBe(false);
    } finally {
      await browser.close();
    }
  });
});

describe.skipIf(!base || !staff.editor || !staff.orgAdmin)('the header for editors and administrators', () => {
  it.each([
    ['editor', 'da'],
    ['editor', 'en'],
    ['orgAdmin', 'da'],
    ['orgAdmin', 'en'],
  ] as const)('keeps one row at 1366 px for the %s (%s)', async (who, language) => {
    const browser = await openBrowser(DESKTOP);
    try {
      const { page } = browser;
      await signIn(page, base, staff[who]!, '/edit/new/method');
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      await page.locator('.site-header__tools .viewer-menu').waitFor();
      await page.waitForTimeout(200);
      const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(70);
      await expectNoViolations(page, `editor, ${who}, ${language}`);
    } finally {
      await browser.close();
    }
  });

  it('puts the navigation on a row of its own where one row does not fit, never a ragged wrap', async () => {
    const browser = await openBrowser({ width: 900, height: 900 });
    try {
      const { page } = browser;
      await signIn(page, base, staff.orgAdmin!, '/edit/new/method');
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('.site-header__tools .viewer-menu').waitFor();
      await page.waitForTimeout(200);
      const tops = await page
        .locator('.site-nav li')
        .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
      expect(new Set(tops).size).toBe(1);
      const nav = (await page.locator('.site-nav').boundingBox())!;
      const brand = (await page.locator('.brand').boundingBox())!;
      expect(nav.y).toBeGreaterThanOrEqual(brand.y + brand.height);
    } finally {
      await browser.close();
    }
  });
});
