import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadFixture, type ReadFixture } from '../../bench/lib/fixture.js';
import { NESTED_LIST } from '../../bench/lib/read.js';
import { generateContent } from '../../seeds/generate-content.js';
import { seedContent } from '../src/seeding/seed.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

let db: TestDatabase;
let client: TestClient;
let fixture: ReadFixture;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedContent(db.orm.em.fork(), generateContent({ cases: 60, seed: 5 }));
  fixture = await createReadFixture(db.orm.em.fork(), 3);
  client = await createTestClient(db);
});
afterAll(async () => {
  await client.app.close();
  await db.drop();
});

const post = (payload: object, headers: Record<string, string> = {}) =>
  client.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload,
  });

describe('responses', () => {
  it('are compressed with brotli or gzip when the client accepts it, and decompress to the same answer', async () => {
    const payload = { query: NESTED_LIST, variables: { first: 50 } };
    const plain = await post(payload);
    const br = await post(payload, { 'accept-encoding': 'br' });
    const gzip = await post(payload, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(JSON.parse(zlib.gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
  });

  it('let caches keep public answers briefly, and never a signed-in reader’s, a mutation’s or an error', async () => {
    const anonymous = await post({ query: '{ cases(first: 2) { nodes { title } } }' });
    expect(anonymous.headers['cache-control']).toBe('public, max-age=60');
    expect(String(anonymous.headers.vary)).toMatch(/Authorization/);
    const member = await post(
      { query: '{ cases(first: 2) { nodes { title } } }' },
      { authorization: `Bearer ${fixture.token}` },
    );
    expect(member.headers['cache-control']).toBe('private, no-store');
    const failing = await post({ query: '{ cases(first: 500) { nodes { title } } }' });
    expect(failing.headers['cache-control']).toBe('private, no-store');
    const mutation = await post({ query: 'mutation { signOut { __typename } }' });
    expect(mutation.headers['cache-control']).toBe('private, no-store');
  });

  it('accept automatic persisted queries: a hash alone once the server has seen the query', async () => {
    const query = `{ cases(first: 3) { nodes { title } } } # apq ${Date.now()}`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await post({ extensions });
    expect(unknown.json<{ errors: { extensions: { code: string } }[] }>().errors[0]!.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    const registered = await post({ query, extensions });
    expect(registered.statusCode).toBe(200);
    const byHash = await post({ extensions });
    expect(byHash.json()).toEqual(registered.json());
    const wrong = await post({ query: '{ __typename }', extensions });
    expect(wrong.statusCode).toBe(400);
  });
});
