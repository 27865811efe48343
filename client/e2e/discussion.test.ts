import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn as signInAt, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');
const signIn = (page: Page, account: { email: string; password: string }, next?: string) =>
  signInAt(page, base, account, next);

describe.skipIf(!base || members.length < 2)('members discuss, live', () => {
  let anne: Browser;
  let bo: Browser;
  beforeAll(async () => {
    [anne, bo] = await Promise.all([openBrowser(), openBrowser()]);
    await signIn(anne.page, members[0]!, '/methods/de-utrolige-aar');
    await signIn(bo.page, members[1]!, '/methods/de-utrolige-aar');
  });
  afterAll(async () => {
    await Promise.all([anne?.close(), bo?.close()]);
  });

  it('starts a thread on a method; a comment appears live for another member; the badge counts it', async () => {
    const a = anne.page;
    await a.getByRole('button', { name: 'Start en tråd' }).click();
    await a.getByLabel('Overskrift').fill('Erfaringer med forældregrupper');
    await a.getByLabel('Dit indlæg').fill('Hvordan får I **fædrene** med?');
    await a.getByRole('button', { name: 'Start en tråd' }).click();
    await a.waitForURL(/\/threads\//);
    await a.getByRole('heading', { level: 1, name: 'Erfaringer med forældregrupper' }).waitFor();
    await expect(a.locator('.comment__body strong').textContent()).resolves.toBe('fædrene');
    const threadPath = new URL(a.url()).pathname;

    // Bo opens the thread from the method page, and follows it.
    const b = bo.page;
    await visit(b, base, '/methods/de-utrolige-aar');
    await b.getByRole('link', { name: 'Erfaringer med forældregrupper' }).click();
    await b.waitForURL((url) => url.pathname === threadPath);
    await b.getByText('Hvordan får I').waitFor();
    await expect(b.locator('.comment__org').first().textContent()).resolves.toBe('Kommune');

    // Anne's next comment reaches Bo without a reload.
    await a.getByLabel('Din kommentar').fill('Vi inviterer dem til en aftenmøde.');
    await a.getByRole('button', { name: 'Send kommentar' }).click();
    await b.getByText('Vi inviterer dem til en aftenmøde.').waitFor({ timeout: 15_000 });

    // Bo replies; Anne sees it live, nested under her comment, and her badge counts the reply.
    await b.getByRole('button', { name: 'Svar' }).last().click();
    await b.getByLabel('Dit svar til Anne Sagsbehandler').fill('Det virker også hos os.');
    await b.getByRole('button', { name: 'Send svar' }).click();
    await a.locator('.comments--replies').getByText('Det virker også hos os.').waitFor({ timeout: 15_000 });
    await a.getByTestId('unread-count').waitFor({ timeout: 15_000 });
    await expect(a.getByTestId('unread-count').textContent()).resolves.toMatch(/^[1-9]/);

    // Anne edits her comment: it shows "redigeret".
    const mine = a.locator('.comment', { hasText: 'Vi inviterer dem' }).first();
    await mine.getByRole('button', { name: 'Redigér' }).first().click();
    await a.getByLabel('Redigér din kommentar').fill('Vi inviterer dem til et aftenmøde.');
    await a.getByRole('button', { name: 'Gem ændringer' }).click();
    await mine.getByText('redigeret').first().waitFor();

    // A CPR number is refused next to the field, in Danish.
    await a.getByLabel('Din kommentar').fill('Barnet har CPR 010203-1234');
    await a.getByRole('button', { name: 'Send kommentar' }).click();
    await a.getByText('Det ligner et CPR-nummer', { exact: false }).waitFor();

    expect(await axeViolations(a)).toEqual([]);

    // The notifications page lists the reply; marking all read clears the badge.
    await a.locator('.notification-badge').click();
    await a.waitForURL(/\/notifications$/);
    await a.getByText('Bo Rådgiver svarede på din kommentar i').first().waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Markér alle som læst' }).click();
    await a.getByTestId('unread-count').waitFor({ state: 'detached' });
  });

  it('creates an API token, shows its secret once, and revokes it', async () => {
    const a = anne.page;
    await visit(a, base, '/account');
    await a.getByLabel('Hvad skal nøglen bruges til?').fill('Intranet');
    await a.getByRole('button', { name: 'Opret nøgle' }).click();
    const secret = a.getByLabel('Nøgle', { exact: true });
    await secret.waitFor();
    expect(await secret.inputValue()).toMatch(/^vbt_/);
    await a
      .getByRole('row', { name: /Intranet/ })
      .getByText('Aktiv')
      .waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Jeg har gemt nøglen' }).click();
    a.once('dialog', (dialog) => void dialog.accept());
    await a.getByRole('button', { name: 'Tilbagekald nøglen Intranet' }).click();
    await a
      .getByRole('row', { name: /Intranet/ })
      .getByText('Tilbagekaldt')
      .waitFor();
  });

  it('shows the propose-a-case form and the privacy page without axe violations', async () => {
    const a = anne.page;
    await visit(a, base, '/cases/new');
    expect(await axeViolations(a)).toEqual([]);
    await visit(a, base, '/privacy');
    await a.getByRole('heading', { name: 'Ingen personoplysninger om børn' }).waitFor();
    expect(await axeViolations(a)).toEqual([]);
    await a.getByRole('button', { name: 'Switch to English' }).click();
    await a.getByRole('heading', { name: 'No personal data about children' }).waitFor();
    await a.getByRole('button', { name: 'Skift til dansk' }).click();
  });
});
