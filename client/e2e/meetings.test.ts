import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');
const staff = inject('e2eStaff');

// From the demo content: the upcoming forum meeting, a workshop at the past network meeting (so it has begun and
// takes outputs), and a members-only talk.
const UPCOMING = '/events/forummoede-2027-laering-og-trivsel';
const WORKSHOP = '/workshops/workshop-eftervaernsplan-fra-16-aar';
const MEMBERS_TALK = '/talks/trivsel-foerst-traumer-relationer-og-laering';
const TALK_TITLE = 'Trivsel først? Traumer, relationer og læring';

async function expectNoViolations(page: Page, label: string) {
  const violations = await axeViolations(page);
  expect(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe.skipIf(!base || members.length < 1)('the meeting cycle', () => {
  let anne: Browser;
  let guest: Browser;
  let shared = '';

  beforeAll(async () => {
    anne = await openBrowser();
    guest = await openBrowser();
    // Cancelling a registration or revoking a link asks first.
    anne.page.on('dialog', (dialog) => void dialog.accept());
    await signIn(anne.page, base, members[0]!, UPCOMING);
  });
  afterAll(async () => {
    await anne?.close();
    await guest?.close();
  });

  it('registers a member for the upcoming meeting and shows where they stand', async () => {
    const { page } = anne;
    const panel = page.locator('section.registration');
    await panel.getByRole('button', { name: 'Tilmeld mig' }).click();
    await panel.getByRole('status').getByText('Du er tilmeldt.').waitFor();
    await panel.getByRole('button', { name: 'Afmeld mig' }).waitFor();
    await expect(panel.getByRole('link', { name: 'Føj til kalender (.ics)' }).getAttribute('href')).resolves.toBe(
      '/events/forummoede-2027-laering-og-trivsel.ics',
    );
    await expectNoViolations(page, 'event page, registered');
  });

  it('lists the meeting under "Mine møder", reached from the menu under the member’s name', async () => {
    const { page } = anne;
    await page.locator('header').getByRole('button', { name: members[0]!.name }).click();
    await page.locator('header').getByRole('link', { name: 'Mine møder' }).click();
    await page.waitForURL((url) => url.pathname === '/my/meetings');
    await page.getByRole('heading', { level: 1, name: 'Mine møder' }).waitFor();
    const upcoming = page.locator('#upcoming').locator('..');
    await upcoming.getByRole('link', { name: 'Forummøde: Læring og trivsel i plejefamilien' }).waitFor();
    await expect(upcoming.locator('.badge').first().textContent()).resolves.toBe('Tilmeldt');
    await expectNoViolations(page, 'my meetings');
  });

  it('records a workshop output, confirming a name that is not personal data', async () => {
    const { page } = anne;
    await visit(page, base, WORKSHOP);
    await expectNoViolations(page, 'workshop page');
    const insight =
      'Vi vil begynde efterværnsplanen tidligere. Facilitator Lise Damgaard viste en tidslinje fra 16 år.';
    await page.getByLabel('Hvad betyder oplægget i jeres praksis?').fill(insight);
    await page.getByLabel('Hvad er jeres næste skridt?').fill('Et fælles skabelonmøde med plejefamilierne i januar.');
    await page.getByRole('button', { name: 'Gem udbyttet' }).click();
    // The guard asks about the name next to an age; the member checks it and confirms.
    await page.getByRole('heading', { name: 'Tjek for personoplysninger' }).waitFor();
    await page.getByLabel('Jeg har tjekket teksten: det er ikke personoplysninger').check();
    await page.getByRole('button', { name: 'Gem udbyttet alligevel' }).click();
    await page.getByText('Tak. Udbyttet er gemt og vises nu på listen.').waitFor();
    await page.locator('#outputs').locator('..').getByText(insight).waitFor();
    await expectNoViolations(page, 'workshop page with an output');
  });

  it('shares a members-only talk with a guest, and the link stops working once revoked', async () => {
    const { page } = anne;
    await visit(page, base, MEMBERS_TALK);
    await page.getByRole('button', { name: 'Del via link' }).click();
    await page.getByRole('button', { name: 'Lav link' }).click();
    const link = page.getByLabel('Link til deling');
    await link.waitFor();
    shared = await link.inputValue();
    expect(shared).toMatch(/\/shared\/.+/);
    await expectNoViolations(page, 'talk page with a new share link');

    // The guest is not signed in: the members-only talk is not found by its own address…
    await guest.page.goto(base + MEMBERS_TALK);
    await guest.page.getByRole('heading', { level: 1, name: 'Siden blev ikke fundet' }).waitFor();
    // …but the link opens it, read-only, with its chapters.
    await visit(guest.page, '', shared);
    await guest.page.getByRole('heading', { level: 1, name: TALK_TITLE }).waitFor();
    await guest.page.getByText('Delt med dig · Oplæg').waitFor();
    await guest.page.getByRole('heading', { name: 'Kapitler' }).waitFor();
    await expectNoViolations(guest.page, 'shared talk');
    // Its transcript is searched through the link too, as site search reads Danish ("placering" → "anbringelsen").
    await guest.page.getByLabel('Søg i udskriften').fill('placering');
    await guest.page.waitForFunction(
      () => document.querySelector('.transcript__list mark')?.textContent === 'anbringelsen',
    );

    await visit(page, base, '/account');
    const links = page.locator('#links').locator('..');
    await links.getByRole('link', { name: TALK_TITLE }).waitFor();
    await expectNoViolations(page, 'account with shared links');
    await links.getByRole('button', { name: `Tilbagekald linket til ${TALK_TITLE}` }).click();
    await links.getByRole('cell', { name: 'Tilbagekaldt' }).waitFor();

    await visit(guest.page, '', shared);
    await guest.page.getByRole('heading', { level: 1, name: 'Linket virker ikke længere' }).waitFor();
    await expect(guest.page.getByText(TALK_TITLE).count()).resolves.toBe(0);
    await expectNoViolations(guest.page, 'revoked link');
  });

  it('shows the digest grouped under headings, a few items each until asked for all', async () => {
    const { page } = anne;
    await visit(page, base, '/digest');
    for (const heading of ['Nye og ændrede metoder', 'Ændrede evidensvurderinger', 'Udbytte fra workshops'])
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    await expectNoViolations(page, 'digest');
    // The right amount: a long group shows its first six methods, the rest when asked.
    const methods = page.locator('section', { has: page.getByRole('heading', { name: 'Nye og ændrede metoder' }) });
    const more = methods.getByRole('button', { name: /^Vis alle \d+$/ });
    // The demo's 19 methods are all new to a member who follows no topics.
    await expect(methods.locator('.card').count()).resolves.toBe(6);
    const total = Number((await more.textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(6);
    await more.click();
    await expect(methods.locator('.card').count()).resolves.toBe(total);
  });

  it('asks a guest to sign in to register', async () => {
    await visit(guest.page, base, UPCOMING);
    await guest.page.getByRole('link', { name: 'Log ind for at tilmelde dig.' }).waitFor();
    await expect(guest.page.getByRole('button', { name: 'Tilmeld mig' }).count()).resolves.toBe(0);
    await expectNoViolations(guest.page, 'event page, signed out');
  });

  it.skipIf(!staff.editor)(
    'shows organisers who registered, and lets them feature an output for the next report',
    async () => {
      const editor = await openBrowser();
      try {
        const { page } = editor;
        await signIn(page, base, staff.editor!, UPCOMING);
        await page.getByRole('link', { name: 'Hent deltagerlisten (CSV)' }).waitFor();
        await page.getByRole('button', { name: 'Tilmeldte' }).click();
        await page.locator('.registrants').getByText(members[0]!.name).waitFor();
        await expectNoViolations(page, 'event page as an organiser');

        await visit(page, base, WORKSHOP);
        await page
          .getByRole('button', { name: /^Fremhæv udbyttet fra/ })
          .first()
          .click();
        await page.locator('.output--featured').first().waitFor();
        const insight = await page.locator('.output--featured dd').first().textContent();

        // The next forum meeting's report carries what was featured since the last one.
        await visit(page, base, '/reports/rapport-2027-laering-og-trivsel');
        const fromLastMeeting = page.locator('section', {
          has: page.getByRole('heading', { name: 'Fra sidste møde' }),
        });
        await fromLastMeeting.getByText(insight!.trim()).waitFor();
        await expectNoViolations(page, 'report with featured outputs');
      } finally {
        await editor.close();
      }
    },
  );
});
