import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContent } from '../../seeds/demo/index.js';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { Case } from '../src/modules/case/case.entity.js';
import { Visibility } from '../src/modules/content/enums.js';
import { Event, Workshop } from '../src/modules/event/event.entity.js';
import { Study } from '../src/modules/evidence/study.entity.js';
import { Method } from '../src/modules/method/method.entity.js';
import { Report } from '../src/modules/report/report.entity.js';
import { Talk } from '../src/modules/talk/talk.entity.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { seedContent } from '../src/platform/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let editor: string;
/** One demo row of each type, turned back into a draft: list name → global ID. */
const drafts = new Map<string, string>();

/** The root list of each content type, and how it takes `published` (reports take it as an argument). */
type ContentClass =
  typeof Case | typeof Method | typeof Study | typeof Event | typeof Talk | typeof Workshop | typeof Report;
const LISTS: [list: string, type: ContentClass, args: (published: string) => string][] = [
  ['cases', Case, (p) => `filter: { published: ${p} }`],
  ['methods', Method, (p) => `filter: { published: ${p} }`],
  ['studies', Study, (p) => `filter: { published: ${p} }`],
  ['events', Event, (p) => `filter: { published: ${p} }`],
  ['talks', Talk, (p) => `filter: { published: ${p} }`],
  ['workshops', Workshop, (p) => `filter: { published: ${p} }`],
  ['reports', Report, (p) => `published: ${p}`],
];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em, demoContent);
  const em = db.orm.em.fork();
  const organisation = await createOrganisation(em, { slug: 'redaktionen' });
  await createMember(em, { organisation, role: MemberRole.EDITOR });
  for (const [list, type] of LISTS) {
    const row = await em.findOneOrFail(type, { visibility: Visibility.PUBLIC, publishedAt: { $ne: null } });
    row.publishedAt = null;
    drafts.set(list, encodeGlobalId(type.name, row.id));
  }
  await em.flush();
  client = await createTestClient(db);
  editor = await client.signIn('editor@redaktionen.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type Page = { nodes: { id: string; publishedAt: string | null }[]; totalCount: number };

async function list(name: string, args: string, headers: Record<string, string> = {}): Promise<Page> {
  const res = await client.query<Record<string, Page>>(
    `{ ${name}(first: 100${args ? `, ${args}` : ''}) { nodes { id publishedAt } totalCount } }`,
    {},
    headers,
  );
  expect(res.errors).toBeUndefined();
  return res.data![name]!;
}

describe('the `published` filter on every content list', () => {
  it.each(LISTS)('%s: an editor lists drafts only, published only, or both', async (name, _type, args) => {
    const cookie = { cookie: editor };
    const draftsOnly = await list(name, args('false'), cookie);
    const publishedOnly = await list(name, args('true'), cookie);
    const everything = await list(name, '', cookie);
    const ids = (page: Page) => page.nodes.map((node) => node.id);

    expect(ids(draftsOnly)).toContain(drafts.get(name));
    expect(draftsOnly.nodes.every((node) => node.publishedAt === null)).toBe(true);
    expect(publishedOnly.nodes.length).toBeGreaterThan(0);
    expect(publishedOnly.nodes.every((node) => node.publishedAt !== null)).toBe(true);
    expect(ids(publishedOnly)).not.toContain(drafts.get(name));
    expect(draftsOnly.totalCount + publishedOnly.totalCount).toBe(everything.totalCount);
  });

  it.each(LISTS)('%s: an anonymous viewer asking for drafts gets none', async (name, _type, args) => {
    const draftsOnly = await list(name, args('false'));
    expect(draftsOnly).toEqual({ nodes: [], totalCount: 0 });
    const publishedOnly = await list(name, args('true'));
    expect(publishedOnly.totalCount).toBe((await list(name, '')).totalCount);
  });
});
