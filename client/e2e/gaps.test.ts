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
    // A guest finds the gap map from any page, through the footer.
    await visit(page, base, '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Videnshuller' }).click();
    await page.getByRole('heading', { level: 1, name: 'Videnshuller' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/gaps');
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

describe.skipIf(!base || !staff.researcher || members.length < 1)(
  'marking a knowledge gap "we are studying this"',
  () => {
    // A date that is always in the future, as the server requires.
    const expectedOn = `${new Date().getUTCFullYear() + 1}-06-30`;

    for (const [name, size] of [
      ['desktop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      it(`lets a researcher mark a gap, see who studies it, and withdraw (${name})`, async () => {
        const researcher = await openBrowser(size);
        try {
          const { page } = researcher;
          await signIn(page, base, staff.researcher!, '/gaps');
          const first = page.locator('.gap').first();
          await first.waitFor();
          const title = (await first.locator('h2').textContent())!.trim();
          const gap = page.locator('.gap').filter({ has: page.getByRole('heading', { level: 2, name: title }) });
          expect(await gap.getByText('Undersøges af').count()).toBe(0);

          await gap.getByRole('button', { name: /^Vi undersøger dette/ }).click();
          const form = gap.getByRole('form', { name: `Vi undersøger: ${title}` });
          await form.waitFor();
          expect(await axeViolations(page)).toEqual([]);

          // Sent empty, the server's problems are listed above the form, which takes focus, each tied to its field.
          await form.getByRole('button', { name: 'Gem markering' }).click();
          const summary = form.locator('.error-summary');
          await summary.waitFor();
          await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
          expect(await summary.textContent()).toContain('Kontakt');
          expect(await form.getByLabel(/^Kontakt/).getAttribute('aria-invalid')).toBe('true');
          expect(await axeViolations(page)).toEqual([]);

          await form.getByLabel(/^Kontakt/).fill('Rita Forsker, rita@e2e-uc.example');
          await form.getByLabel(/^Resultater ventes/).fill(expectedOn);
          await form.getByLabel('Note (valgfri)').fill('Et lodtrækningsforsøg i tre kommuner.');
          await form.getByRole('button', { name: 'Gem markering' }).click();
          const studied = gap.locator('p').filter({ hasText: 'Undersøges af' });
          await studied.waitFor();
          expect(await studied.textContent()).toContain('Test e2e-uc');
          expect(await studied.textContent()).toContain('Rita Forsker, rita@e2e-uc.example');

          // The mark is the server's, not the page's: it is there after a reload, and can be withdrawn.
          await visit(page, base, '/gaps');
          await studied.waitFor();
          await gap.getByRole('button', { name: /^Træk vores markering tilbage/ }).click();
          await gap.getByRole('button', { name: 'Ja, træk tilbage' }).click();
          await gap.getByRole('button', { name: /^Vi undersøger dette/ }).waitFor();
          expect(await studied.count()).toBe(0);
          await visit(page, base, '/gaps');
          await gap.getByRole('button', { name: /^Vi undersøger dette/ }).waitFor();
          expect(await studied.count()).toBe(0);
        } finally {
          await researcher.close();
        }
      });
    }

    it('offers no mark to members of organisations that do not do research, nor to guests', async () => {
      const other = await openBrowser();
      try {
        const { page } = other;
        await signIn(page, base, members[0]!, '/gaps');
        await page.locator('.gap').first().waitFor();
        await page.locator('.gap').first().getByRole('button', { name: 'Følg', exact: true }).waitFor();
        expect(await page.getByRole('button', { name: /Vi undersøger dette/ }).count()).toBe(0);
      } finally {
        await other.close();
      }
    });
  },
);
