import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { demoContent } from '../../../seeds/demo/index.js';
import { seedContent } from '../../src/seeding/seed.js';
import type { MeiliConnection } from '../../src/platform/meilisearch.js';
import { buildDocuments, loadRowsAfter, searchTypes, type SearchDocument } from '../../src/search/documents.js';
import { startSearch, type SearchRuntime } from '../../src/search/runtime.js';
import { createTestDatabase, testLogger, type TestDatabase } from '../helpers/database.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { hasPrerequisite } from '../helpers/prerequisites.js';

/**
 * False on platforms without the embedded binary and without TEST_MEILI_URL: search tests are skipped there,
 * and fail in CI.
 */
export const hasMeilisearch = hasPrerequisite(
  inject('meiliUrl'),
  'Meilisearch (for the search tests)',
  'Set TEST_MEILI_URL (and TEST_MEILI_MASTER_KEY) to a Meilisearch 1.21, e.g. `docker compose up meilisearch`.',
);

export interface SearchTest {
  db: TestDatabase;
  search: SearchRuntime & {
    engine: NonNullable<SearchRuntime['engine']>;
    indexer: NonNullable<SearchRuntime['indexer']>;
  };
  client: TestClient;
  prefix: string;
  /** Waits until every queued change is in the index. */
  settle(): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * A test database and search over it, on the shared test Meilisearch with an index prefix of this file's own, so
 * files run in parallel. `cleanup` deletes the indexes and the database. Tests build what they search for (then
 * `settle()`); only tests of search quality over a real corpus ask for the demo content (`demo: true`).
 */
export async function createSearchTest(
  options: { demo?: boolean; connection?: MeiliConnection; maxBackoffMs?: number; graphql?: boolean } = {},
): Promise<SearchTest> {
  const db = await createTestDatabase();
  if (options.demo) await seedContent(db.orm.em, demoContent);
  const prefix = `test_${randomBytes(5).toString('hex')}_`;
  const connection = options.connection ?? { url: inject('meiliUrl'), apiKey: inject('meiliMasterKey') || undefined };
  const runtime = await startSearch({
    config: {
      MEILI_URL: connection.url,
      MEILI_MASTER_KEY: connection.apiKey,
      SEARCH_INDEX_PREFIX: prefix,
      SEARCH_WORKER: true,
      SEARCH_BATCH_SIZE: 200,
      dataDir: '/nonexistent',
    },
    connection,
    orm: db.orm,
    logger: testLogger,
    indexer: { pollMs: 20, maxBackoffMs: options.maxBackoffMs ?? 1000 },
  });
  const search = runtime as SearchTest['search'];
  await search.indexer.idle(120_000);
  const client = options.graphql === false ? (null as unknown as TestClient) : await createTestClient(db);
  return {
    db,
    search,
    client,
    prefix,
    settle: () => search.indexer.idle(60_000),
    cleanup: async () => {
      await client?.app.close();
      await search.engine.dropAll().catch(() => {});
      await runtime.stop();
      await db.drop();
    },
  };
}

export interface HitNode {
  __typename: string;
  id: string;
  slug?: string;
  title?: string;
  name?: string;
}

export const HIT_FIELDS = `
  __typename
  ... on Case { id slug title }
  ... on Method { id slug name }
  ... on Study { id slug title }
  ... on Talk { id slug title }
  ... on Event { id slug title }
  ... on Workshop { id slug title }
  ... on Report { id slug title }
  ... on Organisation { id slug name }
  ... on Thread { id title }
`;

/** The slugs of the hits of a search, best first. */
export async function searchSlugs(
  client: TestClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string[]> {
  const res = await client.query<{ search: { nodes: HitNode[] } }>(
    `query($q: String!, $filter: SearchFilter, $first: Int) { search(query: $q, filter: $filter, first: $first) { nodes { ${HIT_FIELDS} } } }`,
    { q: query, first: 20, ...variables },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.search.nodes.map((node) => node.slug!);
}

/** Every document in the live index, by id. */
export async function indexedDocuments(t: SearchTest): Promise<Map<string, SearchDocument>> {
  const index = t.search.engine.client.index<SearchDocument>(t.search.engine.live);
  const all = new Map<string, SearchDocument>();
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments({ limit: 1000, offset });
    for (const doc of page.results) all.set(doc.id, doc);
    if (page.results.length < 1000) break;
  }
  return all;
}

/** The documents Postgres says the index should hold, by id. */
export async function expectedDocuments(t: SearchTest): Promise<Map<string, SearchDocument>> {
  const all = new Map<string, SearchDocument>();
  for (const type of searchTypes()) {
    let after: string | null = null;
    for (;;) {
      const em = t.db.orm.em.fork();
      const rows = await loadRowsAfter(em, type, after, 1000);
      for (const doc of await buildDocuments(em, t.search.engine.lexicon, type, rows)) all.set(doc.id, doc);
      if (rows.length < 1000) break;
      after = rows.at(-1)!.id;
    }
  }
  return all;
}
