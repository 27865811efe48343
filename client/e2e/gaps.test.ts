import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');

describe.skipIf(!base || members.length < 1)('the gap map and following', () => {
  let guest: Browser;
  let member: Browser;

  beforeAll(async () => {
    guest = await openBrowser();
    member = await openBrowser();
    await signIn(member.page, base, members[0]!, '/gaps');
  });
  afterAll(async () => {
    await guest?.close();
    await member?.close();
  });

  it('shows where the evidence is thin, filtered by kind, without accessibility violations', async () => {
    const { page } = guest;
    await visit(page, base, '/gaps');
    await page.getByRole('heading', { level: 1, name: 'Videnshuller' }).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'videnshul' });
    await status.waitFor();
    const all = Number((await status.textContent())!.match(/\d+/)![0]);
    expect(all).toBeGreaterThan(0);
    await page.getByLabel('Vis').selectOption('METHOD_EVIDENCE');
    await page.waitForFunction((before) => {
      const text = [...document.querySelectorAll('[role=status]')].map((n) => n.textContent ?? '').join(' ');
      const n = Number(/(\d+) videnshul/.exec(text)?.[1] ?? NaN);
      return n > 0 && n < before && document.querySelectorAll('.gap').length === n;
    }, all);
    const kinds = await page.locator('.gap > p.muted').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Metode med tynd evidens']));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a member follow a method from its page, and remembers it', async () => {
    const { page } = member;
    await visit(page, base, '/gaps');
    await page.getByLabel('Vis').selectOption('METHOD_EVIDENCE');
    const link = page.locator('.gap h2 a').first();
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    await visit(page, base, href);
    const button = page.getByRole('button', { name: 'Følg', exact: true });
    await button.click();
    await page.getByRole('button', { name: 'Følger', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Følger', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('button', { name: 'Følger', exact: true }).waitFor();
  });
});
