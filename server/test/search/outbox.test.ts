import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Case } from '../../src/modules/case/case.entity.js';
import { EvidenceRating } from '../../src/modules/evidence/evidence-rating.entity.js';
import { applyStrength } from '../../src/modules/evidence/evidence.commands.js';
import { EvidenceScheme, EvidenceStrength } from '../../src/modules/evidence/evidence.enums.js';
import { Method } from '../../src/modules/method/method.entity.js';
import { Topic } from '../../src/modules/topic/topic.entity.js';
import { documentId, type SearchDocument } from '../../src/search/documents.js';
import { reindex } from '../../src/search/reindex.js';
import { testLogger } from '../helpers/database.js';
import { createCase, createMethod, createOrganisation, createTopic } from '../helpers/factories.js';
import { createSearchTest, expectedDocuments, hasMeilisearch, indexedDocuments, type SearchTest } from './helpers.js';

let t: SearchTest;
/** Rows the tests change, built beside the demo content (which is there for the first start's breadth). */
let built: { changed: Case; usedBy: Case; method: Method; topic: Topic; removed: Method };
beforeAll(async () => {
  if (!hasMeilisearch) return;
  t = await createSearchTest({ demo: true, graphql: false });
  const em = t.db.orm.em.fork();
  const organisation = await createOrganisation(em);
  const topic = await createTopic(em, { nameDa: 'Matematik' });
  const method = await createMethod(em, { topics: [topic] });
  built = {
    changed: await createCase(em, { organisation }),
    usedBy: await createCase(em, { organisation, methods: [method], topics: [topic] }),
    method,
    topic,
    removed: await createMethod(em),
  };
  await t.settle();
});
afterAll(async () => t?.cleanup());

const doc = (type: 'Case' | 'Method', id: string) =>
  t.search.engine.client.index<SearchDocument>(t.search.engine.live).getDocument(documentId(type, id));
const pending = async () => {
  const [row] = await t.db.orm.em
    .fork()
    .execute<{ count: string }[]>('select count(*) from search_outbox where processed_at is null');
  return Number(row!.count);
};

describe.runIf(hasMeilisearch)('the search outbox', () => {
  it('indexes the seeded demo content on first start, exactly as Postgres has it', async () => {
    expect(await indexedDocuments(t)).toEqual(await expectedDocuments(t));
  });

  it('writes its row in the same transaction as the change: a rollback leaves neither', async () => {
    await t.search.indexer.stop();
    try {
      const em = t.db.orm.em.fork();
      const before = await pending();
      await expect(
        em.transactional(async (tx) => {
          const row = await tx.findOneOrFail(Case, built.changed.id);
          row.title = 'Rullet tilbage';
          await tx.flush();
          expect(await pending()).toBe(before); // not visible outside the transaction
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await pending()).toBe(before);
      const row = await em.fork().findOneOrFail(Case, built.changed.id);
      row.summary = `${row.summary} (opdateret)`;
      await em.fork().persistAndFlush(row);
      expect(await pending()).toBe(before + 1);
    } finally {
      t.search.indexer.start();
    }
    await t.settle();
  });

  it('re-indexes parents and documents that show a changed row', async () => {
    const em = t.db.orm.em.fork();
    const usedBy = await em.findOneOrFail(Case, built.usedBy.id);
    const method = await em.findOneOrFail(Method, built.method.id);
    // A new, strong rating (the only one, so the verdict too) changes the method's document and the evidence facet of every case using it.
    em.create(EvidenceRating, {
      method,
      scheme: EvidenceScheme.CEBC,
      value: '1',
      strength: EvidenceStrength.STRONG,
      ratedOn: '2026-11-01',
      source: 'Testkilde',
    });
    applyStrength(method, [{ scheme: EvidenceScheme.CEBC, strength: EvidenceStrength.STRONG, ratedOn: '2026-11-01' }]);
    await em.flush();
    // Renaming a topic changes every document filed under it.
    const topic = await em.findOneOrFail(Topic, built.topic.id);
    topic.nameDa = 'Regning og matematik';
    await em.flush();
    await t.settle();
    expect((await doc('Method', method.id)).evidenceStrength).toBe('STRONG');
    const caseDoc = await doc('Case', usedBy.id);
    expect(caseDoc.evidenceStrength).toBe('STRONG');
    expect(caseDoc.topicNames).toContain('Regning og matematik');
    expect(await indexedDocuments(t)).toEqual(await expectedDocuments(t));
  });

  it('removes deleted rows', async () => {
    const em = t.db.orm.em.fork();
    const method = await em.findOneOrFail(Method, built.removed.id);
    em.remove(method);
    await em.flush();
    await t.settle();
    expect((await indexedDocuments(t)).has(documentId('Method', method.id))).toBe(false);
    expect(await indexedDocuments(t)).toEqual(await expectedDocuments(t));
  });

  it('reindexes into a fresh index and swaps it in, losing nothing', async () => {
    const result = await reindex({ orm: t.db.orm, engine: t.search.engine, logger: testLogger });
    expect(result.ran).toBe(true);
    await t.settle();
    expect(await indexedDocuments(t)).toEqual(await expectedDocuments(t));
    const { results } = await t.search.engine.client.getIndexes({ limit: 1000 });
    expect(
      results
        .map((i) => i.uid)
        .filter((uid) => uid.startsWith(t.prefix))
        .sort(),
    ).toEqual([t.search.engine.live, t.search.engine.meta].sort());
    // A changed settings hash means "rebuild" at the next start.
    await t.search.engine.client
      .index(t.search.engine.meta)
      .addDocuments([{ id: 'content', hash: 'old' }])
      .waitTask();
    expect((await t.search.engine.prepare()).rebuild).toBe(true);
    await t.search.engine.storeHash();
    expect((await t.search.engine.prepare()).rebuild).toBe(false);
  });
});
