import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, signIn, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');
const staff = inject('e2eStaff');
let followedSlug = '';

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
    followedSlug = href.split('/').pop()!;
  });

  it('lets a member follow a topic from its page', async () => {
    const { page } = member;
    await visit(page, base, '/topics');
    const link = page.locator('.topic-tree h2 a').first();
    await link.waitFor();
    await visit(page, base, (await link.getAttribute('href'))!);
    await page.getByRole('button', { name: 'Følg', exact: true }).click();
    await page.getByRole('button', { name: 'Følger', exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Unfollowing works the same way.
    await page.getByRole('button', { name: 'Følger', exact: true }).click();
    await page.getByRole('button', { name: 'Følg', exact: true }).waitFor();
  });

  it.skipIf(!staff.editor)('tells the follower of a new rating with its grade and source', async () => {
    const editor = await openBrowser();
    try {
      await signIn(editor.page, base, staff.editor!, '/');
      const errors = await editor.page.evaluate(async (slug) => {
        const call = async (query: string, variables: Record<string, unknown>) => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query, variables }),
          });
          return (await response.json()) as { data?: Record<string, { id?: string; userErrors?: unknown[] }> };
        };
        const found = await call('query($s: String!) { method(slug: $s) { id } }', { s: slug });
        const rated = await call(
          'mutation($m: ID!, $i: EvidenceRatingInput!) { createEvidenceRating(method: $m, input: $i) { userErrors { message } } }',
          { m: found.data!.method!.id, i: { scheme: 'CEBC', value: '3', ratedOn: '2026-11-01', source: 'CEBC e2e' } },
        );
        return rated.data?.createEvidenceRating?.userErrors ?? ['no answer'];
      }, followedSlug);
      expect(errors).toEqual([]);
    } finally {
      await editor.close();
    }
    const { page } = member;
    await visit(page, base, '/notifications');
    const alert = page.locator('li.notification').filter({ hasText: 'CEBC e2e' }).first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('ny → 3');
    expect(await axeViolations(page)).toEqual([]);
  });
});
