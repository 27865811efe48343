import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');
const staff = inject('e2eStaff');

/** A GraphQL request as whoever is signed in on the page's browser context (its cookies go along). */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await page.context().request.post(`${base}/graphql`, {
    data: { query, variables },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

async function expectNoViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

const NAME = 'Trygge overgange i skolen';
const SLUG = 'trygge-overgange-i-skolen';

describe.skipIf(!base || !staff.editor || !staff.orgAdmin || members.length === 0)('editors and admins', () => {
  let editor: Browser;
  let reader: Browser;

  beforeAll(async () => {
    editor = await openBrowser();
    reader = await openBrowser();
  });
  afterAll(async () => {
    await editor?.close();
    await reader?.close();
  });

  it('an editor creates a method as a draft, fixing a missing field the form points to', async () => {
    const page = editor.page;
    await signIn(page, base, staff.editor!, '/edit/new/method');
    await expect(page.locator('main h1').textContent()).resolves.toBe('Nyt indhold: metode');
    await expectNoViolations(page);

    await page.getByLabel(/^Navn/).fill(NAME);
    await page.getByLabel(/^Resumé/).fill('Et forløb, der følger børn i pleje gennem skiftet til ny skole.');
    await page.getByRole('button', { name: 'Gem som kladde' }).click();

    // The summary takes focus and links to the field; the field says what is wrong and is marked invalid.
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(summary.textContent()).resolves.toContain('Skal udfyldes.');
    const description = page.getByLabel(/^Beskrivelse/);
    await expect(description.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await description.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(errorText).toContain('Skal udfyldes.');
    await expectNoViolations(page);

    await summary.getByRole('link').first().click();
    expect(await description.evaluate((el) => el === document.activeElement)).toBe(true);
    await description.fill('## Sådan gør I\n\nSkolen og plejefamilien planlægger skiftet sammen.');
    await page.getByRole('checkbox', { name: 'Børn i plejefamilier', exact: true }).check();
    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    await page.waitForURL(`${base}/methods/${SLUG}`);
    await expect(page.locator('main h1').textContent()).resolves.toBe(NAME);

    // A draft: readers cannot see it yet.
    await visit(reader.page, base, `/methods/${SLUG}`);
    await expect(reader.page.locator('main h1').textContent()).resolves.toBe('Siden blev ikke fundet');
  });

  it('the draft is listed under Kladder, and publishing shows it to everyone', async () => {
    const page = editor.page;
    await visit(page, base, '/drafts');
    await expectNoViolations(page);
    await page.getByRole('link', { name: NAME }).click();
    await page.locator('.publish-bar').waitFor();
    await expect(page.locator('.publish-bar').textContent()).resolves.toContain('Kladde');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Udgiv' }).click();
    await page.getByText('Indholdet er udgivet.').waitFor();
    await page.getByRole('button', { name: 'Gør til kladde igen' }).waitFor();

    await visit(reader.page, base, `/methods/${SLUG}`);
    await expect(reader.page.locator('main h1').textContent()).resolves.toBe(NAME);
    // Readers get no edit link.
    expect(await reader.page.getByRole('link', { name: /^Redigér/ }).count()).toBe(0);
  });

  it('lists every draft of a type, 20 at a time', async () => {
    const page = editor.page;
    const { viewer } = await gql<{ viewer: { member: { organisation: { id: string } } } }>(
      page,
      '{ viewer { member { organisation { id } } } }',
      {},
    );
    for (let i = 1; i <= 21; i++)
      await gql(page, 'mutation($i: CaseInput!) { createCase(input: $i) { case { id } } }', {
        i: {
          title: `Udkast til praksiseksempel ${i}`,
          summary: 'Et udkast.',
          body: 'Beskrivelsen kommer.',
          year: 2026,
          organisation: viewer.member.organisation.id,
        },
      });
    await visit(page, base, '/drafts');
    const heading = page.getByRole('heading', { level: 2, name: /^Praksiseksempler \(\d+\)$/ });
    const total = Number(/\((\d+)\)/.exec((await heading.textContent())!)![1]);
    expect(total).toBeGreaterThan(20);
    const cases = page.locator('section.drafts-section', { has: heading });
    await expect(cases.locator('tbody tr').count()).resolves.toBe(20);
    await cases.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => cases.locator('tbody tr').count()).toBe(Math.min(total, 40));
    await expectNoViolations(page);
  });

  it('the editor edits the method from its page and the change shows', async () => {
    const page = editor.page;
    await visit(page, base, `/methods/${SLUG}`);
    await page.getByRole('link', { name: `Redigér »${NAME}«` }).click();
    await page.locator('.publish-bar').waitFor();
    await page.getByLabel(/^Resumé/).fill('Skiftet til en ny skole planlægges sammen med barnet.');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await page.waitForURL(`${base}/methods/${SLUG}`);
    await page.getByText('Skiftet til en ny skole planlægges sammen med barnet.').waitFor();

    await visit(reader.page, base, `/methods/${SLUG}`);
    await expect(reader.page.locator('main .lead').first().textContent()).resolves.toBe(
      'Skiftet til en ny skole planlægges sammen med barnet.',
    );
  });

  it('the same form makes a meeting, a talk with speakers and chapters, and a case after the personal-data check', async () => {
    const page = editor.page;
    await visit(page, base, '/edit/new/event');
    await page.getByLabel(/^Titel/).fill('Netværksmøde om efterværn');
    await page.getByRole('radio', { name: 'Netværksmøde' }).check();
    await page.getByLabel(/^Tema/).fill('Efterværn');
    await page.getByLabel(/^Beskrivelse/).fill('Vi mødes om efterværn.');
    await page.getByLabel(/^Begynder/).fill('2027-05-04T10:00');
    await page.getByLabel(/^Slutter/).fill('2027-05-04T15:00');
    await page.getByLabel(/^Sted/).fill('Rådhuset');
    await page.getByLabel(/^By/).fill('Aarhus');
    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    await page.waitForURL(`${base}/events/netvaerksmoede-om-eftervaern`);

    await visit(page, base, '/edit/new/talk');
    await expectNoViolations(page);
    await page.getByLabel(/^Titel/).fill('Unge fortæller om efterværn');
    await page.getByLabel(/^Resumé/).fill('Tre unge fortæller, hvad der hjalp.');
    const meeting = page.locator('option', { hasText: 'Netværksmøde om efterværn' });
    await meeting.waitFor({ state: 'attached' });
    await page.getByLabel(/^Møde/).selectOption((await meeting.getAttribute('value')) ?? '');
    await page.getByLabel(/^Begynder/).fill('2027-05-04T10:30');
    await page.getByLabel(/^Varighed/).fill('1200');
    await page.getByLabel(/^Oplægsholdere/).fill('Sara Jensen – ung i efterværn');
    await page.getByLabel(/^Kapitler/).fill('0:00 Velkomst\nSara fortæller');
    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Kapitler: Hver linje');
    await page.getByLabel(/^Kapitler/).fill('0:00 Velkomst\n2:30 Sara fortæller');
    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    await page.waitForURL(`${base}/talks/unge-fortaeller-om-eftervaern`);
    await page.getByText('Sara fortæller').first().waitFor();

    await visit(page, base, '/edit/new/case');
    await page.getByLabel(/^Titel/).fill('Efterværn i Aarhus');
    await page.getByLabel(/^Resumé/).fill('Unge får en fast voksen.');
    await page.getByLabel(/^Tekst/).fill('Vi mødtes på Nørregade 12 i Aarhus.');
    await page.getByLabel(/^År/).fill('2025');
    await page.getByRole('button', { name: 'Gem som kladde' }).click();
    const confirm = page.getByRole('checkbox', { name: 'Jeg har tjekket teksten: det er ikke en personoplysning' });
    await confirm.waitFor();
    await expect(page.getByRole('button', { name: 'Gem alligevel' }).isDisabled()).resolves.toBe(true);
    await expectNoViolations(page);
    await confirm.check();
    await page.getByRole('button', { name: 'Gem alligevel' }).click();
    await page.waitForURL(`${base}/cases/eftervaern-i-aarhus`);
  });

  it('a member reports a comment and it waits in the moderation queue', async () => {
    const member = await openBrowser();
    try {
      await signIn(member.page, base, members[0]!, '/');
      const { method } = await gql<{ method: { id: string } }>(
        member.page,
        'query($slug: String!) { method(slug: $slug) { id } }',
        { slug: SLUG },
      );
      const started = await gql<{ startThread: { thread: { comments: { nodes: { id: string }[] } } } }>(
        member.page,
        `mutation($input: StartThreadInput!) {
           startThread(input: $input) { thread { comments(first: 1) { nodes { id } } } userErrors { message } }
         }`,
        { input: { about: method.id, title: 'Erfaringer', body: 'Vi prøvede det i foråret.' } },
      );
      const commentId = started.startThread.thread.comments.nodes[0]!.id;
      await gql(
        member.page,
        'mutation($id: ID!, $reason: String!) { flagComment(id: $id, reason: $reason) { flag { id } } }',
        {
          id: commentId,
          reason: 'Reklame for et firma',
        },
      );
    } finally {
      await member.close();
    }

    const page = editor.page;
    await visit(page, base, '/moderation');
    await page.getByText('Reklame for et firma').waitFor();
    await expectNoViolations(page);
    // The report shows the comment it is about; hiding it with a reason resolves the report.
    const report = page.locator('article', { hasText: 'Reklame for et firma' });
    await report.getByText('Vi prøvede det i foråret.').waitFor();
    await report.getByLabel('Din begrundelse').fill('Reklame');
    await report.getByRole('button', { name: 'Skjul kommentaren' }).click();
    await page.getByText('Kommentaren er skjult.').waitFor();
    await visit(page, base, '/moderation');
    await expect(page.getByText('Reklame for et firma').count()).resolves.toBe(0);
  });

  it('an organisation admin invites a person, who accepts in a fresh browser and is signed in', async () => {
    const admin = await openBrowser();
    const invitee = await openBrowser();
    try {
      await signIn(admin.page, base, staff.orgAdmin!, '/organisation/members');
      await admin.page.getByText(members[0]!.email, { exact: false }).waitFor();
      await expectNoViolations(admin.page);
      await admin.page.getByLabel('E-mail').fill('nina@e2e-kommune.example');
      await admin.page.getByRole('button', { name: 'Lav invitationslink' }).click();
      const link = await admin.page.getByLabel('Link').inputValue();
      expect(link).toMatch(new RegExp(`^${base}/invitation/.+`));
      await expectNoViolations(admin.page);

      await invitee.page.goto(link);
      await invitee.page.getByLabel('Dit navn').fill('Nina Nyansat');
      await invitee.page.getByLabel('Adgangskode').fill('en-lang-og-god-adgangskode');
      await invitee.page.getByRole('button', { name: 'Opret min adgang' }).click();
      await invitee.page.waitForURL(`${base}/`);
      await invitee.page.locator('.viewer-menu').getByText('Nina Nyansat').waitFor();
    } finally {
      await admin.close();
      await invitee.close();
    }
  });
});
