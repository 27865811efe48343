import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { Workshop } from '../../src/modules/event/event.entity.js';
import {
  MembershipStatus,
  Organisation,
  OrganisationKind,
} from '../../src/modules/organisation/organisation.entity.js';
import { documentId } from '../../src/search/documents.js';
import { reindex } from '../../src/search/reindex.js';
import { testLogger } from '../helpers/database.js';
import { createMember, createOrganisation } from '../helpers/factories.js';
import { createEvent, createWorkshop, sessionCookie } from '../meetings/fixtures.js';
import { createSearchTest, hasMeilisearch, indexedDocuments, type SearchTest } from './helpers.js';

type Who = 'kommune' | 'ngo' | 'lapsed';
let t: SearchTest;
const cookies = {} as Record<Who, string>;
let ngo: Organisation;
let openWorkshop: string;
let ngoWorkshop: string;

beforeAll(async () => {
  if (!hasMeilisearch) return;
  t = await createSearchTest();
  const em = t.db.orm.em.fork();
  const kommune = await createOrganisation(em, { slug: 'os-kommune' });
  ngo = await createOrganisation(em, { slug: 'os-ngo', kind: OrganisationKind.NGO });
  const lapsed = await createOrganisation(em, { slug: 'os-lapsed', status: MembershipStatus.LAPSED });
  for (const [who, organisation] of [
    ['kommune', kommune],
    ['ngo', ngo],
    ['lapsed', lapsed],
  ] as const)
    cookies[who] = await sessionCookie(em, await createMember(em, { organisation, email: `${who}@os.example` }));
  const { event } = await createEvent(em, { slug: 'os-past', startsInDays: -1 });
  const open = await createWorkshop(em, event, 'os-open');
  open.visibility = Visibility.PUBLIC;
  const own = await createWorkshop(em, event, 'os-own');
  own.visibility = Visibility.ORGANISATION;
  own.owner = em.getReference(Organisation, ngo.id, { wrapped: true });
  await em.flush();
  openWorkshop = open.nodeId;
  ngoWorkshop = own.nodeId;
}, 180_000);
afterAll(async () => t?.cleanup());

async function record(who: Who, workshopId: string, insight: string): Promise<string> {
  const res = await t.client.query<{ recordWorkshopOutput: { output: { id: string } | null; userErrors: unknown[] } }>(
    'mutation($i: WorkshopOutputInput!) { recordWorkshopOutput(input: $i) { output { id } userErrors { field code } } }',
    { i: { workshopId, insight, nextStep: 'Vi afprøver det på tre skoler i foråret' } },
    { cookie: cookies[who] },
  );
  expect(res.data?.recordWorkshopOutput.userErrors).toEqual([]);
  return res.data!.recordWorkshopOutput.output!.id;
}

type Found = {
  search: {
    nodes: { __typename: string; id?: string; insight?: string }[];
    facets: { types: { value: string; count: number }[] };
  };
};
async function find(q: string, who?: Who, types?: string[]) {
  const res = await t.client.query<Found>(
    `query($q: String!, $f: SearchFilter) { search(query: $q, filter: $f) {
      nodes { __typename ... on WorkshopOutput { id insight } } facets { types { value count } } } }`,
    { q, f: types ? { types } : null },
    who ? { cookie: cookies[who] } : {},
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}
const outputIds = async (q: string, who?: Who) =>
  (await find(q, who)).nodes.filter((n) => n.__typename === 'WorkshopOutput').map((n) => n.id);

describe.skipIf(!hasMeilisearch)('workshop outputs in search', () => {
  it('are found by members once recorded, never anonymously or by lapsed members', async () => {
    const id = await record('kommune', openWorkshop, 'Legestuegrupper styrker forældresamarbejdet');
    await t.settle();
    expect(await outputIds('legestuegrupper', 'ngo')).toEqual([id]);
    expect(await outputIds('forældresamarbejde', 'kommune')).toEqual([id]);
    expect(await outputIds('legestuegrupper')).toEqual([]);
    expect(await outputIds('legestuegrupper', 'lapsed')).toEqual([]);
    const only = await find('', 'ngo', ['WORKSHOP_OUTPUT']);
    expect(only.nodes.every((n) => n.__typename === 'WorkshopOutput')).toBe(true);
    expect(only.facets.types).toContainEqual({ value: 'WORKSHOP_OUTPUT', count: 1 });
  });

  it('follow their workshop’s visibility, in the index and again when loading hits', async () => {
    const id = await record('ngo', ngoWorkshop, 'Sprogkufferter virker i dagplejen');
    await t.settle();
    expect(await outputIds('sprogkufferter', 'ngo')).toEqual([id]);
    expect(await outputIds('sprogkufferter', 'kommune')).toEqual([]);

    // Narrowing the workshop re-indexes its outputs through the outbox.
    const em = t.db.orm.em.fork();
    const open = await em.findOneOrFail(Workshop, { slug: 'os-open' });
    open.visibility = Visibility.ORGANISATION;
    open.owner = em.getReference(Organisation, ngo.id, { wrapped: true });
    await em.flush();
    await t.settle();
    expect(await outputIds('legestuegrupper', 'kommune')).toEqual([]);
    expect(await outputIds('legestuegrupper', 'ngo')).toHaveLength(1);

    // A stale index (a change that bypassed the outbox) still shows nothing the viewer may not read.
    await em.nativeUpdate(Workshop, { slug: 'os-own' }, { visibility: Visibility.MEMBERS });
    await em.nativeUpdate(Workshop, { slug: 'os-open' }, { publishedAt: null });
    expect(await outputIds('legestuegrupper', 'ngo')).toHaveLength(1); // own organisation's draft
    await em.nativeUpdate(Workshop, { slug: 'os-open' }, { owner: null });
    expect(await outputIds('legestuegrupper', 'ngo')).toEqual([]);
  });

  it('are part of a reindex', async () => {
    const result = await reindex({ orm: t.db.orm, engine: t.search.engine, logger: testLogger });
    expect(result.ran).toBe(true);
    const documents = await indexedDocuments(t);
    const outputs = [...documents.values()].filter((doc) => doc.type === 'WorkshopOutput');
    expect(outputs).toHaveLength(2);
    const id = Buffer.from((await outputIds('sprogkufferter', 'ngo'))[0]!, 'base64')
      .toString()
      .split(':')[1]!;
    expect(documents.get(documentId('WorkshopOutput', id))).toMatchObject({
      visibility: Visibility.MEMBERS,
      organisationKind: OrganisationKind.NGO,
      people: ['Test os-ngo'],
    });
  });

  it('carry a thread started on them along when their workshop is narrowed', async () => {
    const em = t.db.orm.em.fork();
    const { event } = await createEvent(em, { slug: 'os-thread-event', startsInDays: -2 });
    const workshop = await createWorkshop(em, event, 'os-thread');
    const outputId = await record('ngo', workshop.nodeId, 'Lektiecafeer med frivillige studerende');
    const started = await t.client.query<{ startThread: { thread: { id: string } | null } }>(
      'mutation($i: StartThreadInput!) { startThread(input: $i) { thread { id } } }',
      { i: { about: outputId, title: 'Zebrastribede lektiecafeer', body: 'Hvordan finder I de frivillige?' } },
      { cookie: cookies.ngo },
    );
    const threadId = started.data!.startThread.thread!.id;
    const threadUuid = Buffer.from(threadId, 'base64').toString().split(':')[1]!;
    await t.settle();
    const threadHits = async (who: Who) =>
      (await find('zebrastribede', who)).facets.types.find((f) => f.value === 'THREAD')?.count ?? 0;
    expect(await threadHits('kommune')).toBe(1);

    workshop.visibility = Visibility.ORGANISATION;
    workshop.owner = em.getReference(Organisation, ngo.id, { wrapped: true });
    await em.flush();
    await t.settle();
    // The index itself follows, not only the recheck on load: the other organisation cannot even count it.
    expect((await indexedDocuments(t)).get(documentId('Thread', threadUuid))).toMatchObject({
      visibility: Visibility.ORGANISATION,
    });
    expect(await threadHits('kommune')).toBe(0);
    expect(await threadHits('ngo')).toBe(1);
  });
});
