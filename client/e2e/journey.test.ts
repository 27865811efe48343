import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');

/**
 * The whole path a practitioner takes: finds a method through search and facets as a guest, signs in from the
 * discussion, comments, and a colleague in another organisation sees the comment arrive without reloading.
 */
describe.skipIf(!base || members.length < 2)('from search to a live discussion', () => {
  let guest: Browser;
  let colleague: Browser;
  beforeAll(async () => {
    [guest, colleague] = await Promise.all([openBrowser(), openBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([guest?.close(), colleague?.close()]);
  });

  it('search with facets → method → sign in → comment → appears live for a colleague', async () => {
    // Bo has a thread on SkolFam open, waiting for answers.
    const b = colleague.page;
    await signIn(b, base, members[1]!, '/methods/skolfam');
    await b.getByRole('button', { name: 'Start en tråd' }).click();
    await b.getByLabel('Overskrift').fill('Lektiehjælp i plejefamilien');
    // A new thread's first post can mention someone too.
    await b.getByLabel('Dit indlæg').pressSequentially('Hvem står for lektiehjælpen hos jer? @Anne');
    await b.getByRole('option', { name: /Anne Sagsbehandler/ }).click();
    // The box shows the name as typed, never link markup; a line under it says who will be notified.
    expect(await b.getByLabel('Dit indlæg').inputValue()).toBe(
      'Hvem står for lektiehjælpen hos jer? @Anne Sagsbehandler ',
    );
    await expect(b.locator('.mention-preview .mention-chip').allTextContents()).resolves.toEqual([
      '@Anne Sagsbehandler',
    ]);
    await b.getByRole('button', { name: 'Start en tråd' }).click();
    await b.waitForURL(/\/threads\//);
    await b.getByRole('heading', { level: 1, name: 'Lektiehjælp i plejefamilien' }).waitFor();

    // Anne arrives as a guest and searches.
    const a = guest.page;
    await visit(a, base, '/');
    await a.getByLabel('Søg i Vidensbro').fill('skole');
    await a.getByRole('button', { name: 'Søg', exact: true }).click();
    await a.waitForURL(/\/search\?q=skole$/);
    await a.locator('.hits .hit').first().waitFor();
    await a
      .getByRole('group', { name: 'Type' })
      .getByLabel(/^Metoder/)
      .check();
    await a.waitForURL(/type=METHOD/);
    await a
      .getByRole('group', { name: 'Målgruppe' })
      .getByLabel(/^Skoler og dagtilbud/)
      .check();
    await a.waitForURL(/maalgruppe=SCHOOLS/);
    // Click only once the narrowed hits are in: a link found in the old list may move as the new one renders.
    await a.locator('.hits[aria-busy="false"]').waitFor();
    await a.getByRole('link', { name: 'Skolfam – skoleteam for plejebørn' }).click();
    await a.waitForURL(/\/methods\/skolfam$/);
    await a.getByRole('heading', { level: 1, name: 'Skolfam – skoleteam for plejebørn' }).waitFor();

    // The discussion asks her to sign in and brings her back to the method.
    const invitation = a.locator('.callout', { hasText: 'Dialogen er for medlemmer af forummet.' });
    await invitation.getByRole('link', { name: 'Log ind' }).click();
    await a.waitForURL(/\/sign-in\?next=%2Fmethods%2Fskolfam$/);
    await a.getByLabel('E-mail').fill(members[0]!.email);
    await a.getByLabel('Adgangskode').fill(members[0]!.password);
    await a.getByRole('button', { name: 'Log ind' }).click();
    await a.waitForURL(/\/methods\/skolfam$/);

    await a.getByRole('link', { name: 'Lektiehjælp i plejefamilien' }).click();
    await a.waitForURL((url) => url.pathname === new URL(b.url()).pathname);
    // She mentions Bo from the keyboard: "@Bo", the picker offers him, Enter writes the mention.
    const box = a.getByLabel('Din kommentar');
    await box.pressSequentially('Hos os er det en frivillig lektiecafé. @Bo');
    const picker = a.getByRole('listbox', { name: 'Medlemmer du kan nævne' });
    await picker.getByRole('option', { name: /Bo Rådgiver/ }).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await box.press('Enter');
    await picker.waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe('Hos os er det en frivillig lektiecafé. @Bo Rådgiver ');
    await a.getByRole('button', { name: 'Send kommentar' }).click();
    await a.getByText('Hos os er det en frivillig lektiecafé.').waitFor();

    // Bo did not reload; the comment arrives with who wrote it and from what kind of organisation.
    const arrived = b.locator('.comment', { hasText: 'Hos os er det en frivillig lektiecafé.' });
    await arrived.waitFor({ timeout: 15_000 });
    await expect(arrived.getByText('Anne Sagsbehandler').count()).resolves.toBeGreaterThan(0);
    await expect(arrived.getByText('@Bo Rådgiver').count()).resolves.toBe(1);
    // Being mentioned reaches Bo as a notification.
    await b.getByTestId('unread-count').waitFor({ timeout: 15_000 });

    // A mention leads to the member's page: who they are and where they speak from.
    await arrived.getByRole('link', { name: '@Bo Rådgiver' }).click();
    await b.waitForURL(/\/members\//);
    await b.getByRole('heading', { level: 1, name: 'Bo Rådgiver' }).waitFor();
    await b.getByRole('link', { name: 'Test e2e-ngo' }).waitFor();
    expect(await axeViolations(b)).toEqual([]);
  });
});
