import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../../seeds/generate-content.js';
import { seedContent } from '../../src/seeding/seed.js';
import { bySize } from '../../src/search/indexer.js';
import { createSearchTest, hasMeilisearch, type SearchTest } from './helpers.js';

let t: SearchTest;

beforeAll(async () => {
  if (hasMeilisearch) t = await createSearchTest({ graphql: false });
});
afterAll(async () => {
  await t?.cleanup();
});

describe.skipIf(!hasMeilisearch)('indexing after a bulk load', () => {
  it('queues topics and methods a new case links to as themselves only, not for fan-out to every document', async () => {
    await t.search.indexer.stop();
    await seedContent(t.db.orm.em.fork(), generateContent({ cases: 120, seed: 3 }));
    const rows = await t.db.orm.em
      .fork()
      .execute<{ entity_type: string; op: string; n: string }[]>(
        `select entity_type, op, count(*) as n from search_outbox where processed_at is null group by 1, 2`,
      );
    const ops = new Map(rows.map((row) => [`${row.entity_type}:${row.op}`, Number(row.n)]));
    // Topics and methods are created (upsert) before any case links to them; the links add only `self` entries.
    expect(ops.get('Case:upsert')).toBe(120);
    expect(ops.get('Topic:self')).toBeGreaterThan(0);
    expect(ops.get('Method:self')).toBeGreaterThan(0);
  });

  it('pipelines batches: rows stay leased until Meilisearch confirms, then everything is searchable', async () => {
    const { indexer, engine } = t.search;
    const claimed = await indexer.drainOnce();
    expect(claimed).toBeGreaterThan(0);
    const [leased] = await t.db.orm.em
      .fork()
      .execute<{ n: string }[]>(
        `select count(*) as n from search_outbox where processed_at is null and available_at > now() + interval '1 minute'`,
      );
    expect(Number(leased!.n)).toBe(claimed);
    while ((await indexer.drainOnce()) > 0);
    await indexer.settle();
    expect(await indexer.pending()).toBe(0);
    const stats = await engine.client.index(engine.live).getStats();
    const [count] = await t.db.orm.em.fork().execute<{ n: string }[]>(
      `select (select count(*) from practice_case) + (select count(*) from method) + (select count(*) from study)
           + (select count(*) from organisation) + (select count(*) from event) + (select count(*) from talk)
           + (select count(*) from workshop) + (select count(*) from report) as n`,
    );
    expect(stats.numberOfDocuments).toBe(Number(count!.n));
  });
});

describe('bySize', () => {
  it('splits payloads by their JSON size, keeping every item and its order', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ id: i, text: 'x'.repeat(100) }));
    const chunks = bySize(items, 350);
    expect(chunks.flat()).toEqual(items);
    expect(chunks.every((chunk) => Buffer.byteLength(JSON.stringify(chunk)) <= 350 || chunk.length === 1)).toBe(true);
    expect(chunks.length).toBeGreaterThan(3);
  });
});
