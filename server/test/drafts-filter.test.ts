import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/graphql/global-id.js';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import {
  type ContentProps,
  createCase,
  createEvent,
  createMember,
  createMethod,
  createOrganisation,
  createReport,
  createStudy,
  createTalk,
  createWorkshop,
  PASSWORD,
} from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let editor: string;
/** One published row and one draft of each type: list name → global IDs. */
const drafts = new Map<string, string>();
const published = new Map<string, string>();

/** How to make a row of each list's type (its GraphQL type name and builder). */
type Make = (em: EntityManager, props: ContentProps) => Promise<{ id: string }>;
let make: Record<string, [type: string, make: Make]>;

/** The root list of each content type, and how it takes `published` (reports take it as an argument). */
const LISTS: [list: string, args: (published: string) => string][] = [
  ['cases', (p) => `filter: { published: ${p} }`],
  ['methods', (p) => `filter: { published: ${p} }`],
  ['studies', (p) => `filter: { published: ${p} }`],
  ['events', (p) => `filter: { published: ${p} }`],
  ['talks', (p) => `filter: { published: ${p} }`],
  ['workshops', (p) => `filter: { published: ${p} }`],
  ['reports', (p) => `published: ${p}`],
];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const organisation = await createOrganisation(em, { slug: 'redaktionen' });
  await createMember(em, { organisation, role: MemberRole.EDITOR });
  const event = await createEvent(em);
  make = {
    cases: ['Case', (em, props) => createCase(em, { ...props, organisation, owner: null })],
    methods: ['Method', createMethod],
    studies: ['Study', createStudy],
    events: ['Event', createEvent],
    talks: ['Talk', (em, props) => createTalk(em, { ...props, event })],
    workshops: ['Workshop', (em, props) => createWorkshop(em, { ...props, event })],
    reports: ['Report', createReport],
  };
  for (const [list] of LISTS) {
    const [type, build] = make[list]!;
    drafts.set(list, encodeGlobalId(type, (await build(em, { published: false })).id));
    published.set(list, encodeGlobalId(type, (await build(em, {})).id));
  }
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
  it.each(LISTS)('%s: an editor lists drafts only, published only, or both', async (name, args) => {
    const cookie = { cookie: editor };
    const draftsOnly = await list(name, args('false'), cookie);
    const publishedOnly = await list(name, args('true'), cookie);
    const everything = await list(name, '', cookie);
    const ids = (page: Page) => page.nodes.map((node) => node.id);

    expect(ids(draftsOnly)).toContain(drafts.get(name));
    expect(draftsOnly.nodes.every((node) => node.publishedAt === null)).toBe(true);
    expect(ids(publishedOnly)).toContain(published.get(name));
    expect(publishedOnly.nodes.every((node) => node.publishedAt !== null)).toBe(true);
    expect(ids(publishedOnly)).not.toContain(drafts.get(name));
    expect(draftsOnly.totalCount + publishedOnly.totalCount).toBe(everything.totalCount);
  });

  it.each(LISTS)('%s: an anonymous viewer asking for drafts gets none', async (name, args) => {
    const draftsOnly = await list(name, args('false'));
    expect(draftsOnly).toEqual({ nodes: [], totalCount: 0 });
    const publishedOnly = await list(name, args('true'));
    expect(publishedOnly.totalCount).toBe((await list(name, '')).totalCount);
  });
});
