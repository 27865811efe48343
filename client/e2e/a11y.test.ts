import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openBrowser, visit, type Browser } from './browser';

const base = inject('e2eBaseUrl');

/** The first slug of each kind, from the API, so the pages tested are whatever the demo content holds. */
async function slugs(): Promise<Record<string, string>> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{
        cases(first: 1) { nodes { slug } }
        studies(first: 1) { nodes { slug } }
        reports(first: 1) { nodes { slug } }
        workshops(first: 1) { nodes { slug } }
        topics(first: 1) { nodes { slug } }
        organisations(first: 1) { nodes { slug } }
      }`,
    }),
  });
  const { data } = (await response.json()) as { data: Record<string, { nodes: { slug: string }[] }> };
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value.nodes[0]!.slug]));
}

describe.skipIf(!base)('accessibility: axe-core finds nothing on any page', () => {
  let browser: Browser;
  let pages: [string, string][];
  beforeAll(async () => {
    browser = await openBrowser();
    const s = await slugs();
    pages = [
      ['home', '/'],
      ['search', '/search?q=skole'],
      ['search with filters', '/search?q=pleje&type=METHOD,CASE&maalgruppe=FOSTER_CHILDREN'],
      ['methods', '/methods'],
      ['method', '/methods/de-utrolige-aar'],
      ['cases', '/cases'],
      ['case', `/cases/${s.cases}`],
      ['study', `/studies/${s.studies}`],
      ['talk', '/talks/overgange-uden-brud'],
      ['events', '/events'],
      ['event', '/events/forummoede-2027-laering-og-trivsel'],
      ['workshop', `/workshops/${s.workshops}`],
      ['report', `/reports/${s.reports}`],
      ['topics', '/topics'],
      ['topic', `/topics/${s.topics}`],
      ['organisations', '/organisations'],
      ['organisation', `/organisations/${s.organisations}`],
      ['sign in', '/sign-in'],
      ['not found', '/findes/ikke'],
      ['unknown method', '/methods/findes-ikke'],
    ];
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('in Danish at desktop width', async () => {
    const found: Record<string, unknown> = {};
    for (const [name, path] of pages) {
      await visit(browser.page, base, path);
      const violations = await axeViolations(browser.page);
      if (violations.length) found[name] = violations;
    }
    expect(found).toEqual({});
  });

  it('in English at phone width', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, base, '/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const found: Record<string, unknown> = {};
    for (const [name, path] of pages) {
      await visit(page, base, path);
      const violations = await axeViolations(page);
      if (violations.length) found[name] = violations;
    }
    expect(found).toEqual({});
  });
});
