import { describe, expect, inject, it } from 'vitest';
import { axeViolations, signIn, visit, inEachViewport } from './browser';

const base = inject('e2eBaseUrl');
const members = inject('e2eMembers');

describe.skipIf(!base || members.length === 0)('words', () => {
  inEachViewport((browser) => {
    it('tells a guest that a talk on the programme is for members, and how to see it', async () => {
      const { page } = browser();
      await visit(page, base, '/events/forummoede-2027-laering-og-trivsel');
      const talks = page.locator('section[aria-labelledby="talks"]');
      const note = talks.locator('.callout');
      await expect(note.textContent()).resolves.toBe('1 oplæg kun for medlemmer — log ind for at se det');
      await expect(note.getByRole('link').getAttribute('href')).resolves.toMatch(/^\/sign-in\?next=/);
      // Demo content says so with one badge; no person's name carries "Eksempel".
      await expect(page.locator('.page-header .badge--example').first().textContent()).resolves.toMatch(/^Demo/);
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/Eksempel(taler|facilitator)?:/);
      expect(await axeViolations(page)).toEqual([]);
    });

    it('shows members every talk, a demo person with a Demo badge, and plain filter words', async () => {
      const { page } = browser();
      await signIn(page, base, members[0]!, '/events/forummoede-2027-laering-og-trivsel');
      const talks = page.locator('section[aria-labelledby="talks"]');
      await expect(talks.locator('.card').count()).resolves.toBe(3);
      await expect(talks.locator('.callout').count()).resolves.toBe(0);

      await visit(page, base, '/methods/skolfam');
      await page.getByLabel('Vis tråde med deltagere fra').waitFor();

      // A demo account's page: its name is only a name, the badge says it is a demo person.
      const found = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ mentionCandidates(search: "Rikke", first: 1) { id name isExample } }' }),
        });
        return ((await response.json()) as { data: { mentionCandidates: { id: string; name: string }[] } }).data
          .mentionCandidates[0];
      });
      expect(found?.name).toBe('Rikke Redaktør');
      await visit(page, base, `/members/${encodeURIComponent(found!.id)}`);
      await expect(page.locator('main h1').textContent()).resolves.toBe('Rikke Redaktør');
      await expect(page.locator('.page-header .badge--example').textContent()).resolves.toMatch(/^Demo/);
    });
  });
});
