import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../src/modules/member/member.entity.js';
import { OrganisationKind } from '../src/modules/organisation/organisation.entity.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let editor: string;
let member: string;
let municipality: string;
let provider: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  const org = await createOrganisation(em, { slug: 'praksis-kommune' });
  const ngo = await createOrganisation(em, { slug: 'praksis-ngo', kind: OrganisationKind.NGO });
  await createMember(em, { organisation: org, role: MemberRole.EDITOR });
  await createMember(em, { organisation: ngo });
  municipality = org.nodeId;
  provider = ngo.nodeId;
  client = await createTestClient(db);
  editor = await client.signIn('editor@praksis-kommune.example', PASSWORD);
  member = await client.signIn('member@praksis-ngo.example', PASSWORD);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

type UserError = { field: string | null; code: string };
type Payload = { method: { id: string; slug: string } | null; userErrors: UserError[] };

const SAVE = `mutation($i: MethodInput!) { createMethod(input: $i) { method { id slug } userErrors { field code } } }`;
const UPDATE = `mutation($id: ID!, $i: MethodInput!) {
  updateMethod(id: $id, input: $i) { method { id slug } userErrors { field code } }
}`;
const PUBLISH = 'mutation($id: ID!) { publish(id: $id) { userErrors { code } } }';
const PRACTICE = `settings costNote costDkk costUnit trainingDuration trainingCertifiedBy
  providers(first: 50) { totalCount nodes { name url note organisation { slug } } }
  municipalities(first: 50) { nodes { name note organisation { slug kind } } }`;

async function save(input: Record<string, unknown>, id?: string): Promise<Payload> {
  const res = await client.query<Record<string, Payload>>(id ? UPDATE : SAVE, id ? { id, i: input } : { i: input }, {
    cookie: editor,
  });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

const base = (name: string) => ({ name, summary: 'Kort.', description: 'Lang.' });
const full = {
  settings: ['HOME', 'GROUP'],
  costNote: '20.000–28.000 kr. pr. familie.',
  costDkk: 24000,
  costUnit: 'PER_FAMILY',
  trainingDuration: '3 dage + certificering',
  trainingCertifiedBy: 'Programmets mentorer',
};

async function published(name: string, extra: Record<string, unknown> = {}): Promise<Payload['method'] & object> {
  const created = await save({
    ...base(name),
    ...full,
    providers: [
      { name: 'Center Øst', url: 'https://center.example/metode', note: 'Kurser' },
      { organisation: provider },
    ],
    municipalities: [{ organisation: municipality, note: 'Siden 2020.' }, { name: 'Fiktiv Kommune' }],
    ...extra,
  });
  expect(created.userErrors).toEqual([]);
  const res = await client.query(PUBLISH, { id: created.method!.id }, { cookie: editor });
  expect(res.errors).toBeUndefined();
  return created.method!;
}

describe('a method’s practical facts', () => {
  it('stores cost, training, providers and municipalities and reads them on both read paths', async () => {
    const method = await published('Praktisk metode');
    const expected = {
      settings: ['HOME', 'GROUP'],
      costNote: '20.000–28.000 kr. pr. familie.',
      costDkk: 24000,
      costUnit: 'PER_FAMILY',
      trainingDuration: '3 dage + certificering',
      trainingCertifiedBy: 'Programmets mentorer',
      providers: {
        totalCount: 2,
        nodes: [
          { name: 'Center Øst', url: 'https://center.example/metode', note: 'Kurser', organisation: null },
          { name: 'Test praksis-ngo', url: null, note: null, organisation: { slug: 'praksis-ngo' } },
        ],
      },
      municipalities: {
        nodes: [
          {
            name: 'Test praksis-kommune',
            note: 'Siden 2020.',
            organisation: { slug: 'praksis-kommune', kind: 'MUNICIPALITY' },
          },
          { name: 'Fiktiv Kommune', note: null, organisation: null },
        ],
      },
    };
    // The compiled SQL path (root field) and the resolver path (node) must agree.
    const bySlug = await client.query<{ method: unknown }>(`query($s: String!) { method(slug: $s) { ${PRACTICE} } }`, {
      s: method.slug,
    });
    expect(bySlug.errors).toBeUndefined();
    expect(bySlug.data!.method).toEqual(expected);
    const byNode = await client.query<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { ... on Method { ${PRACTICE} } } }`,
      {
        id: method.id,
      },
    );
    expect(byNode.data!.node).toEqual(expected);
  });

  it('replaces the lists it is given and keeps the ones it is not', async () => {
    const method = await published('Skiftende metode');
    const changed = await save(
      { providers: [{ name: 'Ny udbyder' }], costNote: 'Gratis.', costDkk: null, costUnit: null },
      method.id,
    );
    expect(changed.userErrors).toEqual([]);
    const res = await client.query<{ method: Record<string, { nodes: { name: string }[] } | string | null> }>(
      `query($s: String!) { method(slug: $s) { costNote costDkk providers(first: 10) { nodes { name } } municipalities(first: 10) { nodes { name } } } }`,
      { s: method.slug },
    );
    expect(res.data!.method).toEqual({
      costNote: 'Gratis.',
      costDkk: null,
      providers: { nodes: [{ name: 'Ny udbyder' }] },
      municipalities: { nodes: [{ name: 'Test praksis-kommune' }, { name: 'Fiktiv Kommune' }] },
    });
  });

  it('keeps an organisation link when an entry is sent by name only, and drops it on null', async () => {
    const method = await published('Navngivet metode');
    const LINKS = `query($s: String!) { method(slug: $s) { municipalities(first: 5) { nodes { name organisation { slug } } } } }`;
    const byName = [{ name: 'Test praksis-kommune' }, { name: 'Fiktiv Kommune' }];
    expect((await save({ municipalities: byName }, method.id)).userErrors).toEqual([]);
    const kept = await client.query<{ method: unknown }>(LINKS, { s: method.slug });
    expect(kept.data!.method).toEqual({
      municipalities: {
        nodes: [
          { name: 'Test praksis-kommune', organisation: { slug: 'praksis-kommune' } },
          { name: 'Fiktiv Kommune', organisation: null },
        ],
      },
    });
    const unlinked = [{ name: 'Test praksis-kommune', organisation: null }];
    expect((await save({ municipalities: unlinked }, method.id)).userErrors).toEqual([]);
    const dropped = await client.query<{ method: unknown }>(LINKS, { s: method.slug });
    expect(dropped.data!.method).toEqual({
      municipalities: { nodes: [{ name: 'Test praksis-kommune', organisation: null }] },
    });
  });

  it.each([
    [{ costDkk: 5000 }, 'input.costUnit', 'INVALID'],
    [{ costUnit: 'PER_CHILD' }, 'input.costDkk', 'INVALID'],
    [{ costDkk: -1, costUnit: 'PER_CHILD' }, 'input.costDkk', 'INVALID'],
    [{ costDkk: 10_000_001, costUnit: 'PER_CHILD' }, 'input.costDkk', 'TOO_LONG'],
    [{ costNote: 'x'.repeat(1001) }, 'input.costNote', 'TOO_LONG'],
    [{ trainingDuration: '<script>x</script>' }, 'input.trainingDuration', 'UNSAFE_CONTENT'],
    [{ providers: [{ name: 'A', url: 'javascript:alert(1)' }] }, 'input.providers.0.url', 'INVALID'],
    [{ providers: [{ note: 'no name' }] }, 'input.providers.0.name', 'INVALID'],
    [{ providers: [{ name: 'Ens' }, { name: 'ens' }] }, 'input.providers.1.name', 'DUPLICATE'],
    [{ providers: Array.from({ length: 31 }, (_, i) => ({ name: `U${i}` })) }, 'input.providers', 'TOO_LONG'],
    [{ providers: [{ organisation: 'not-an-id' }] }, 'input.providers.organisation', 'INVALID'],
  ])('refuses %j with a coded user error on %s and stores nothing', async (extra, field, code) => {
    const count = async () =>
      (await db.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from method'))[0]!.n;
    const before = await count();
    const res = await save({ ...base(`Ugyldig ${field}`), ...extra });
    expect(res.method).toBeNull();
    expect(res.userErrors).toEqual([expect.objectContaining({ field, code })]);
    expect(await count()).toBe(before);
  });

  it('only links a municipality to an organisation that is one', async () => {
    const res = await save({ ...base('Forkert kommune'), municipalities: [{ organisation: provider }] });
    expect(res.userErrors).toEqual([
      expect.objectContaining({ field: 'input.municipalities.0.organisation', code: 'INVALID' }),
    ]);
  });
});

describe('comparing methods by slug', () => {
  it('shows each viewer only the methods they may read', async () => {
    const open = await published('Åben sammenligning');
    const closed = await published('Lukket sammenligning', { visibility: 'MEMBERS' });
    const COMPARE = `query($s: [String!]) { methods(filter: { slugs: $s }) { nodes { slug providers(first: 5) { nodes { name } } } } }`;
    const slugs = [open.slug, closed.slug, 'findes-ikke'];
    const anonymous = await client.query<{ methods: { nodes: { slug: string }[] } }>(COMPARE, { s: slugs });
    expect(anonymous.data!.methods.nodes.map((n) => n.slug)).toEqual([open.slug]);
    const asMember = await client.query<{ methods: { nodes: { slug: string }[] } }>(
      COMPARE,
      { s: slugs },
      { cookie: member },
    );
    expect(asMember.data!.methods.nodes.map((n) => n.slug).sort()).toEqual([open.slug, closed.slug].sort());
    // The closed method's providers are not reachable through the node either.
    const node = await client.query<{ node: unknown }>(
      `query($id: ID!) { node(id: $id) { ... on Method { providers(first: 5) { totalCount } } } }`,
      {
        id: closed.id,
      },
    );
    expect(node.data?.node ?? null).toBeNull();
  });

  it('refuses more than 100 slugs with BAD_USER_INPUT', async () => {
    const res = await client.query(`query($s: [String!]) { methods(filter: { slugs: $s }) { totalCount } }`, {
      s: Array.from({ length: 101 }, (_, i) => `m-${i}`),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the rating schemes', () => {
  it('lists every scheme with its values on the common scale, as the verdict uses them', async () => {
    const res = await client.query<{
      evidenceSchemes: { scheme: string; homePage: string | null; values: { value: string; strength: string }[] }[];
    }>('{ evidenceSchemes { scheme homePage values { value strength } } }');
    expect(res.errors).toBeUndefined();
    const schemes = new Map(res.data!.evidenceSchemes.map((s) => [s.scheme, s]));
    expect([...schemes.keys()].sort()).toEqual(['BLUEPRINTS', 'CEBC', 'EIF', 'VIDENSBRO', 'VIDENSPORTAL', 'WWC']);
    expect(schemes.get('EIF')!.values).toContainEqual({ value: '3', strength: 'MODERATE' });
    expect(schemes.get('BLUEPRINTS')!.values).toContainEqual({ value: 'PROMISING', strength: 'MODERATE' });
    expect(schemes.get('VIDENSBRO')!.homePage).toBeNull();
    expect(schemes.get('CEBC')!.homePage).toMatch(/^https:\/\//);
  });
});
