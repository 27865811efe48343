import { randomBytes } from 'node:crypto';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const staff = inject('e2eStaff');

async function graphql<T>(api: APIRequestContext, query: string, variables: object): Promise<T> {
  const res = await api.post(`${base}/graphql`, { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Waits for the sender loop to catch a message to `to` with `subject`, reading /dev/mail as a developer would. */
async function openCaughtMail(page: Page, to: string, subject: string): Promise<void> {
  const row = page.locator('tr', { hasText: to }).filter({ hasText: subject });
  for (let i = 0; i < 40 && (await row.count()) === 0; i++) {
    await visit(page, base, '/dev/mail');
    if ((await row.count()) === 0) await page.waitForTimeout(500);
  }
  await row.first().getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: subject }).waitFor();
}

describe.skipIf(!base || !staff.orgAdmin)('email', () => {
  let browser: Browser;
  let admin: APIRequestContext;
  const email = `glemsom-${randomBytes(4).toString('hex')}@e2e-kommune.example`;
  const newPassword = 'tre-blå-cykler-og-en-kat';

  beforeAll(async () => {
    browser = await openBrowser();
    // A member of our own, made through an emailed invitation, so other tests' accounts keep their passwords.
    admin = await request.newContext();
    await graphql(admin, 'mutation($i: SignInInput!) { signIn(input: $i) { member { id } } }', {
      i: { email: staff.orgAdmin!.email, password: staff.orgAdmin!.password },
    });
    const { viewer } = await graphql<{ viewer: { member: { organisation: { id: string } } } }>(
      admin,
      '{ viewer { member { organisation { id } } } }',
      {},
    );
    const invited = await graphql<{ inviteMember: { invitationSecret: string; emailed: boolean } }>(
      admin,
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { invitationSecret emailed } }',
      { i: { organisation: viewer.member.organisation.id, email, role: 'MEMBER' } },
    );
    expect(invited.inviteMember.emailed).toBe(true);
    await graphql(admin, 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { member { id } } }', {
      i: { secret: invited.inviteMember.invitationSecret, name: 'Gitte Glemsom', password: 'den-gamle-adgangskode-1' },
    });
  });
  afterAll(async () => {
    await admin?.dispose();
    await browser?.close();
  });

  it('the invitation arrived by email, readable at /dev/mail', async () => {
    const { page } = browser;
    await openCaughtMail(page, email, 'Invitation til Vidensbro fra Test e2e-kommune');
    await expect(page.getByTestId('mail-text').textContent()).resolves.toContain(`${base}/invitation/`);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('forgot password → reset link by email → new password → sign in', async () => {
    const { page } = browser;
    await visit(page, base, '/sign-in');
    await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
    await page.waitForURL(/\/forgot-password$/);
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Hvis ${email} hører til en konto` })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await openCaughtMail(page, email, 'Nulstil din adgangskode til Vidensbro');
    expect(await axeViolations(page)).toEqual([]);
    const link = page.getByTestId('mail-text').getByRole('link', { name: /\/reset-password\// });
    await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^${base}/reset-password/vbr_`));
    await link.click();

    await page.getByRole('heading', { level: 1, name: 'Vælg ny adgangskode' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Ny adgangskode').fill(newPassword);
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await page.getByText('Din adgangskode er skiftet. Log ind med den nye.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Log ind' }).last().click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Adgangskode').fill(newPassword);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    const who = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { member { name } } }' }),
      });
      return ((await res.json()) as { data: { viewer: { member: { name: string } } | null } }).data.viewer;
    });
    expect(who).toEqual({ member: { name: 'Gitte Glemsom' } });

    // Signed in with the new password, she chooses what Vidensbro emails her.
    await visit(page, base, '/account/settings');
    const emails = page.locator('section[aria-labelledby="emails"]');
    await emails.getByLabel('Dagligt').check();
    await emails.getByLabel('Send også mine notifikationer på mail').uncheck();
    await emails.getByLabel('Sprog i mails').selectOption('EN');
    await emails.getByRole('button', { name: 'Gem mailindstillinger' }).click();
    await emails.getByText('Dine mailindstillinger er gemt.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await page.locator('section[aria-labelledby="emails"]').waitFor();
    await expect(emails.getByLabel('Dagligt').isChecked()).resolves.toBe(true);
    await expect(emails.getByLabel('Send også mine notifikationer på mail').isChecked()).resolves.toBe(false);
    await expect(emails.getByLabel('Sprog i mails').inputValue()).resolves.toBe('EN');
  });
});

describe.skipIf(!base)('email on a phone', () => {
  let phone: Browser;
  beforeAll(async () => {
    phone = await openBrowser({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await phone?.close();
  });

  it('reaches "Glemt adgangskode?" from sign-in, and the reset pages pass axe', async () => {
    const { page } = phone;
    await visit(page, base, '/sign-in');
    const link = page.getByRole('link', { name: 'Glemt adgangskode?' });
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Glemt adgangskode' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A made-up link reads as expired, with the way to ask for a new one.
    await visit(page, base, '/reset-password/vbr_ikke-et-rigtigt-link');
    await page.getByLabel('Ny adgangskode').fill('en-ny-og-lang-adgangskode');
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await page.getByRole('link', { name: 'Bed om et nyt link' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
