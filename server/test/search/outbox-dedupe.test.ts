import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../../seeds/generate-content.js';
import { seedContent } from '../../src/seeding/seed.js';
import { Indexer } from '../../src/search/indexer.js';
import { testLogger } from '../helpers/database.js';
import { createSearchTest, hasMeilisearch, indexedDocuments, type SearchTest } from './helpers.js';

let t: SearchTest;

beforeAll(async () => {
  if (hasMeilisearch) t = await createSearchTest({ graphql: false });
});
afterAll(async () => {
  await t?.cleanup();
});

describe.skipIf(!hasMeilisearch)('draining the outbox after a bulk load', () => {
  it('builds and sends each document once, however often its row was queued', async () => {
    await t.search.indexer.stop();
    await seedContent(t.db.orm.em.fork(), generateContent({ cases: 60, seed: 5 }));
    const em = t.db.orm.em.fork();
    // Methods are queued when created and again (`self`) when the cases' flush links them, rows apart.
    const [queued] = await em.execute<{ rows: string; keys: string }[]>(
      `select count(*) as rows, count(distinct (entity_type, entity_id)) as keys from search_outbox
        where processed_at is null and entity_type <> 'Topic'`,
    );
    expect(Number(queued!.rows)).toBeGreaterThan(Number(queued!.keys));
    const since = new Date(Date.now() - 1000).toISOString();
    // Small batches, so the copies of one row fall into different batches.
    const indexer = new Indexer({ orm: t.db.orm, engine: t.search.engine, logger: testLogger, batchSize: 10 });
    while ((await indexer.drainOnce()) > 0);
    await indexer.settle();
    expect(await indexer.pending()).toBe(0);
    const { results } = await t.search.engine.client.tasks.getTasks({
      indexUids: [t.search.engine.live],
      types: ['documentAdditionOrUpdate'],
      afterEnqueuedAt: since,
      limit: 1000,
    });
    const sent = results.reduce((sum, task) => sum + (task.details?.receivedDocuments ?? 0), 0);
    const indexed = await indexedDocuments(t);
    expect(indexed.size).toBeGreaterThan(60);
    expect(sent).toBe(indexed.size);
  });
});
