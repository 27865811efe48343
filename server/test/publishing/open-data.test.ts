import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { EvidenceScheme } from '../../src/modules/evidence/evidence.enums.js';
import type { EvidenceRating } from '../../src/modules/evidence/evidence-rating.entity.js';
import { Method } from '../../src/modules/method/method.entity.js';
import type { OpenMethod } from '../../src/modules/publishing/open-data.js';
import { createEvidenceRating, createMethod, createStudy } from '../helpers/factories.js';
import { PUBLIC_URL, publishingFixture, type PublishingFixture } from './fixture.js';

/** The open-data export: public methods and their ratings, as CSV and JSON, under CC BY 4.0. */
let f: PublishingFixture;
let membersOnly: Method;
let draft: Method;
let withPrivateStudy: EvidenceRating;
let publicMethods: Method[];
const LICENSE_LINK = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"';

beforeAll(async () => {
  f = await publishingFixture();
  const em = f.db.orm.em.fork();
  // Three public methods: rated on two schemes, rated citing a members-only study, not rated.
  const twice = await createMethod(em);
  await createEvidenceRating(em, { method: twice, scheme: EvidenceScheme.CEBC, value: '2' });
  await createEvidenceRating(em, { method: twice, scheme: EvidenceScheme.EIF, value: '4' });
  const cites = await createMethod(em);
  const study = await createStudy(em, { visibility: Visibility.MEMBERS });
  withPrivateStudy = await createEvidenceRating(em, { method: cites, study });
  await createMethod(em);
  // And two that are not public, both rated: one for members (named to be a formula in a spreadsheet), a draft.
  membersOnly = await createMethod(em, { visibility: Visibility.MEMBERS, name: '=HYPERLINK("https://evil.example")' });
  await createEvidenceRating(em, { method: membersOnly });
  draft = await createMethod(em, { published: false });
  await createEvidenceRating(em, { method: draft });
  publicMethods = await em.find(
    Method,
    { visibility: Visibility.PUBLIC, publishedAt: { $ne: null } },
    { populate: ['ratings'], orderBy: { slug: 'asc' } },
  );
});
afterAll(() => f.close());

const get = (url: string) => f.client.app.inject({ method: 'GET', url, headers: { accept: '*/*' } });

/** RFC 4180, every cell quoted as the export writes them. */
function parseCsv(body: string): string[][] {
  expect(body.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  const cell = /"((?:[^"]|"")*)"(,|\r\n)/gy;
  let row: string[] = [];
  let m: RegExpExecArray | null;
  let at = 1;
  cell.lastIndex = at;
  while ((m = cell.exec(body))) {
    row.push(m[1]!.replace(/""/g, '"'));
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
    at = cell.lastIndex;
  }
  expect(at).toBe(body.length); // the whole body parsed
  return rows;
}

describe('methods.json', () => {
  it('holds every public method with its ratings, names its licence, and leaves the rest out', async () => {
    const res = await get('/open-data/methods.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers.link).toBe(LICENSE_LINK);
    const doc = res.json<{ licence: { name: string; path: string }; methods: OpenMethod[] }>();
    expect(doc.licence).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(publicMethods.map((m) => m.ratings.length).sort()).toEqual([0, 1, 2]);
    expect(doc.methods.map((m) => m.slug)).toEqual(publicMethods.map((m) => m.slug));
    expect(res.body).not.toContain(membersOnly.slug);
    expect(res.body).not.toContain(`"${draft.slug}"`);
    const first = doc.methods.find((m) => m.slug === publicMethods[0]!.slug)!;
    expect(first.url).toBe(`${PUBLIC_URL}/methods/${first.slug}`);
    for (const m of doc.methods) {
      expect(m.ratings.length).toBe(publicMethods.find((p) => p.slug === m.slug)!.ratings.length);
    }
    const cited = doc.methods.find((m) => m.slug === withPrivateStudy.method.getEntity().slug)!;
    const rating = cited.ratings.find(
      (r) => r.ratedOn === withPrivateStudy.ratedOn && r.scheme === withPrivateStudy.scheme,
    )!;
    expect(rating.study).toBeNull(); // the study is members-only now
    expect(res.body).not.toContain(withPrivateStudy.study!.getEntity().slug);
  });
});

describe('the CSV files', () => {
  it('methods.csv has a header and one row per public method', async () => {
    const res = await get('/open-data/methods.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers.link).toBe(LICENSE_LINK);
    const [header, ...rows] = parseCsv(res.body);
    expect(header!.slice(0, 3)).toEqual(['slug', 'url', 'name']);
    expect(rows.map((r) => r[0])).toEqual(publicMethods.map((m) => m.slug));
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    expect(res.body).not.toContain('HYPERLINK');
  });

  it('ratings.csv has one row per rating of a public method', async () => {
    const res = await get('/open-data/ratings.csv');
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body);
    expect(header![0]).toBe('method_slug');
    expect(rows.length).toBe(3);
    const slugs = new Set(rows.map((r) => r[0]));
    expect(slugs.has(membersOnly.slug)).toBe(false);
    expect(slugs.has(draft.slug)).toBe(false);
  });
});

describe('datapackage.json', () => {
  it('describes the files at their stable addresses, under the licence', async () => {
    const res = await get('/open-data/datapackage.json');
    expect(res.statusCode).toBe(200);
    const pkg = res.json<{ licenses: { name: string }[]; resources: { path: string }[] }>();
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.resources.map((r) => r.path)).toEqual([
      `${PUBLIC_URL}/open-data/methods.csv`,
      `${PUBLIC_URL}/open-data/ratings.csv`,
      `${PUBLIC_URL}/open-data/methods.json`,
    ]);
    for (const r of pkg.resources) expect((await get(new URL(r.path).pathname)).statusCode).toBe(200);
  });
});
