import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const staff = inject('e2eStaff');

async function gql<T>(page: Page, query: string): Promise<T> {
  const response = await page.context().request.post(`${base}/graphql`, {
    data: { query },
    headers: { 'content-type': 'application/json' },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const NAME = 'Fjordby Familiecenter';

describe.skipIf(!base || !staff.admin)('the membership year', () => {
  let applicant: Browser;
  let admin: Browser;
  let contact: Browser;
  beforeAll(async () => {
    [applicant, admin, contact] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([applicant?.close(), admin?.close(), contact?.close()]);
  });

  it('takes a new organisation from application to approval, invoice, payment and an active year', async () => {
    // 1. The organisation applies; a mistyped CVR number is caught by its check digit first.
    const { page } = applicant;
    await visit(page, base, '/membership/apply');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Type organisation').selectOption('NGO');
    await page.getByLabel('Organisationens navn').fill(NAME);
    await page.getByLabel('CVR-nummer').fill('29000019');
    await page.getByLabel('Adresse').fill('Havnegade 4');
    await page.getByLabel('Postnummer').fill('7100');
    await page.locator('#apply-city').fill('Fjordby');
    await page.locator('#apply-contactName').fill('Frida Fjord');
    await page.getByLabel('Kontaktpersonens e-mail').fill('frida@fjordby.example');
    await page.getByRole('button', { name: 'Send ansøgning' }).click();
    await page.getByText('kontrolcifferet passer ikke').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('CVR-nummer').fill('29 00 00 77');
    await page.getByRole('button', { name: 'Send ansøgning' }).click();
    await page.getByText('Ansøgningen er modtaget').waitFor();

    // 2. A platform admin approves it: the organisation, its year and its first invoice exist.
    await signIn(admin.page, base, staff.admin!, '/admin/membership');
    const application = admin.page.locator('li', { has: admin.page.getByRole('heading', { name: NAME }) });
    await application.waitFor();
    expect(await axeViolations(admin.page)).toEqual([]);
    await application.getByRole('button', { name: 'Godkend' }).click();
    const status = admin.page.getByRole('status').filter({ hasText: 'er godkendt' });
    await status.waitFor();
    const invoiceNumber = /Faktura (\d{4}-\d{4})/.exec((await status.textContent()) ?? '')![1]!;
    const link = await admin.page.getByLabel('Invitationslink til kontaktpersonen').inputValue();

    // 3. The invoice is listed unpaid; the admin registers the payment.
    const row = admin.page.locator('tr', { hasText: invoiceNumber });
    await row.getByText('Ikke betalt').waitFor();
    expect(await axeViolations(admin.page)).toEqual([]);
    await row.getByRole('button', { name: `Markér som betalt ${invoiceNumber}` }).click();
    await row.getByRole('button', { name: `Fortryd betaling ${invoiceNumber}` }).waitFor();
    const pdf = await admin.page.context().request.get(`${base}${await row.getByRole('link').getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // 4. The contact accepts the invitation and belongs to a paid, active year; the public list shows them.
    await contact.page.goto(link);
    await contact.page.getByLabel('Dit navn').fill('Frida Fjord');
    await contact.page.getByLabel('Adgangskode').fill('en-lang-og-god-adgangskode');
    await contact.page.getByRole('button', { name: 'Opret min adgang' }).click();
    await contact.page.waitForURL(`${base}/`);
    const standing = await gql<{
      myMembershipYear: { inForce: boolean; current: { paidAt: string | null; lapsesAt: string | null } };
      viewer: { role: string; activeMembership: boolean };
    }>(contact.page, '{ myMembershipYear { inForce current { paidAt lapsesAt } } viewer { role activeMembership } }');
    expect(standing.viewer).toEqual({ role: 'ORG_ADMIN', activeMembership: true });
    expect(standing.myMembershipYear.inForce).toBe(true);
    expect(standing.myMembershipYear.current.paidAt).not.toBeNull();
    expect(standing.myMembershipYear.current.lapsesAt).toBeNull();

    await visit(contact.page, base, '/membership');
    await contact.page.getByRole('link', { name: NAME }).waitFor();
    await contact.page.getByRole('button', { name: /^NGO \(\d+\)$/ }).click();
    await contact.page.getByRole('link', { name: NAME }).waitFor();
    expect(await axeViolations(contact.page)).toEqual([]);
  });
});
