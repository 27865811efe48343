import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/graphql/global-id.js';
import { Case } from '../../src/modules/case/case.entity.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { createCase, createOrganisation } from '../helpers/factories.js';
import { createSearchTest, hasMeilisearch, HIT_FIELDS, searchSlugs, type SearchTest } from './helpers.js';

let t: SearchTest;
beforeAll(async () => {
  if (hasMeilisearch) t = await createSearchTest({ demo: true });
});
afterAll(async () => t?.cleanup());

interface Facets {
  types: { value: string; count: number }[];
  topics: { topic: { slug: string }; count: number }[];
  targetGroups: { value: string; count: number }[];
  ageRanges: { value: string; count: number }[];
  evidenceStrengths: { value: string; count: number }[];
  organisationKinds: { value: string; count: number }[];
  years: { value: number; count: number }[];
}
interface SearchData {
  search: {
    totalCount: number;
    searchedAs: string;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      matchedFields: string[];
      highlights: { field: string; snippet: string }[];
      node: { __typename: string; slug: string; id: string };
    }[];
    facets: Facets;
  };
}
const QUERY = `query($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount searchedAs pageInfo { hasNextPage endCursor }
    edges { cursor matchedFields highlights { field snippet } node { ${HIT_FIELDS} } }
    facets {
      types { value count } topics { topic { slug } count } targetGroups { value count } ageRanges { value count }
      evidenceStrengths { value count } organisationKinds { value count } years { value count }
    }
  }
}`;
const search = async (q: string, variables: Record<string, unknown> = {}) => {
  const res = await t.client.query<SearchData>(QUERY, { q, ...variables });
  expect(res.errors).toBeUndefined();
  return res.data!.search;
};

describe.runIf(hasMeilisearch)('search', () => {
  it('forgives typos', async () => {
    expect(await searchSlugs(t.client, 'Letterbx Clbu')).toContain('letterbox-club');
    expect((await searchSlugs(t.client, 'famillerådslagning'))[0]).toBe('familieraadslagning');
  });

  it('applies the Danish child-welfare synonyms', async () => {
    const viaSynonym = await searchSlugs(t.client, 'slægtspleje');
    expect(viaSynonym).toContain('egeskov-netvaerksplejegrupper');
    const rådgiver = await search('myndighedsrådgiver');
    expect(rådgiver.totalCount).toBeGreaterThan(0);
  });

  it('understands Danish inflections and compounds, in documents and queries alike', async () => {
    const page = await search('plejefamilierne');
    expect(page.searchedAs).toBe('plejefamilie');
    expect(await searchSlugs(t.client, 'familie')).toContain('lektiebroen-laesemakkere');
    expect(await searchSlugs(t.client, 'barn', { first: 50 })).toContain('fjordby-skoleteam-for-plejeboern');
  });

  it('highlights matches and says which field matched', async () => {
    const page = await search('bogpakker');
    const hit = page.edges.find((e) => e.node.slug === 'fjordby-bogpakker-til-plejeboern')!;
    expect(hit.matchedFields[0]).toBe('TITLE');
    const title = hit.highlights.find((h) => h.field === 'TITLE')!;
    // The query is searched as its parts "bog pakke"; Meilisearch joins them again and marks the matched prefix.
    expect(title.snippet).toMatch(/^<mark>Bogpakke<\/mark>r? ?med posten til børn i plejefamilier$/);
    const talk = (await search('læring i plejefamilien')).edges.find((e) => e.node.__typename === 'Talk');
    expect(talk?.matchedFields).toEqual(expect.arrayContaining(['CHAPTERS', 'TRANSCRIPT']));
    for (const edge of page.edges) for (const h of edge.highlights) expect(h.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('returns facet counts that add up, and browses with an empty query', async () => {
    const browse = await search('', { first: 5 });
    expect(browse.edges).toHaveLength(5);
    const byType = Object.fromEntries(browse.facets.types.map((f) => [f.value, f.count]));
    expect(Object.values(byType).reduce((a, b) => a + b, 0)).toBe(browse.totalCount);
    expect(byType.CASE).toBeGreaterThan(0);
    expect(byType.METHOD).toBeGreaterThan(0);
    expect(byType.ORGANISATION).toBeGreaterThan(0);
    expect(browse.facets.years[0]!.value).toBeGreaterThanOrEqual(browse.facets.years.at(-1)!.value);
    expect(browse.facets.topics.map((f) => f.topic.slug)).toContain('laering');
    expect(browse.facets.evidenceStrengths.map((f) => f.value)).toContain('STRONG');
    expect(browse.facets.organisationKinds.map((f) => f.value)).toContain('MUNICIPALITY');
    expect(browse.facets.ageRanges.map((f) => f.value)).toContain('SCHOOL_AGE');
    expect(browse.facets.targetGroups.map((f) => f.value)).toContain('FOSTER_CHILDREN');
  });

  it('filters by facets; a facet’s own counts ignore its selection', async () => {
    const cases = await search('læsning', { filter: { types: ['CASE'] }, first: 50 });
    expect(cases.edges.every((e) => e.node.__typename === 'Case')).toBe(true);
    expect(cases.facets.types.map((f) => f.value)).toEqual(expect.arrayContaining(['CASE', 'METHOD']));
    const strong = await search('', { filter: { types: ['METHOD'], evidenceStrengths: ['STRONG'] }, first: 50 });
    const em = t.db.orm.em.fork();
    // The facet is the editorial verdict (Method.evidenceVerdict), not the strongest single rating.
    const strongPublic = await em.count('Method', {
      verdictStrength: 'STRONG',
      visibility: Visibility.PUBLIC,
      publishedAt: { $ne: null },
    });
    expect(strong.totalCount).toBe(strongPublic);
    const reading = await em.findOneOrFail(Topic, { slug: 'laering' });
    const byTopic = await search('', { filter: { topics: [encodeGlobalId('Topic', reading.id)] }, first: 100 });
    // "Læring" includes content filed under topics below it, such as "Læsning".
    expect(byTopic.edges.map((e) => e.node.slug)).toContain('lektiebroen-laesemakkere');
    const years = await search('', { filter: { types: ['CASE'], yearFrom: 2025, yearTo: 2025 }, first: 100 });
    const inYear = await em.count(Case, { year: 2025, visibility: Visibility.PUBLIC, publishedAt: { $ne: null } });
    expect(years.totalCount).toBe(inYear);
    const teens = await search('', { filter: { ageRanges: ['TEENAGER'], types: ['CASE'] }, first: 100 });
    expect(teens.totalCount).toBeGreaterThan(0);
    expect(teens.totalCount).toBeLessThan(byTopic.totalCount + years.totalCount + 100);
  });

  it('pages through all hits with cursors, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const result: SearchData['search'] = await search('plejefamilie', { first: 7, after });
      total = result.totalCount;
      seen.push(...result.edges.map((e) => e.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    const bad = await t.client.query(QUERY, { q: 'x', after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await t.client.query(QUERY, { q: 'x', first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suggests titles while typing', async () => {
    const res = await t.client.query<{
      suggest: { text: string; highlighted: string; node: { __typename: string } }[];
    }>('{ suggest(prefix: "parlæs") { text highlighted node { __typename } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.suggest[0]!.text).toBe('Parlæsning (Paired Reading)');
    expect(res.data!.suggest[0]!.highlighted).toContain('<mark>');
  });
});

describe.runIf(hasMeilisearch)('search visibility', () => {
  /** Cases the public must not find (members-only, organisation-only, a draft), and one it must. */
  let hidden: Case[];
  let shown: Case;
  beforeAll(async () => {
    const em = t.db.orm.em.fork();
    const organisation = await createOrganisation(em);
    hidden = [
      await createCase(em, { organisation, visibility: Visibility.MEMBERS, title: 'Skjult sag om lektiecaféer' }),
      await createCase(em, { organisation, visibility: Visibility.ORGANISATION, title: 'Intern sag om mentorer' }),
      await createCase(em, { organisation, published: false, title: 'Kladde om læsemakkere' }),
    ];
    shown = await createCase(em, { organisation, title: 'Synlig sag om bogkasser' });
    await t.settle();
  });

  it('never shows members-only, organisation-only or draft content to the public, nor counts it', async () => {
    const em = t.db.orm.em.fork();
    const slugs = new Set<string>();
    for (const item of hidden) {
      for (const slug of await searchSlugs(t.client, item.title, { first: 50 })) slugs.add(slug);
    }
    for (const item of hidden) expect(slugs).not.toContain(item.slug);
    expect(await searchSlugs(t.client, shown.title)).toContain(shown.slug);
    const browse = await search('', { filter: { types: ['CASE'] }, first: 1 });
    const visible = await em.count(Case, { visibility: Visibility.PUBLIC, publishedAt: { $ne: null } });
    expect(browse.totalCount).toBe(visible);
  });

  it('checks the hydrated rows again: a hit the index still shows as public is dropped if Postgres says no', async () => {
    const em = t.db.orm.em.fork();
    expect(await searchSlugs(t.client, 'Synlig sag om bogkasser')).toContain(shown.slug);
    // Change visibility without the ORM (so no outbox row): the index is stale on purpose.
    await em.getConnection().execute("update practice_case set visibility = 'MEMBERS' where id = ?", [shown.id]);
    expect(await searchSlugs(t.client, 'Synlig sag om bogkasser')).not.toContain(shown.slug);
    await em.getConnection().execute("update practice_case set visibility = 'PUBLIC' where id = ?", [shown.id]);
  });
});
