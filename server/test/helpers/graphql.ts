import type { FastifyInstance } from 'fastify';
import { getSchema } from '../../src/graphql/schema.js';
import { createHttpServer } from '../../src/platform/http.js';
import { testLogger, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestClient {
  app: FastifyInstance;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** The real HTTP stack (Fastify + Apollo + our context), driven in-process through `inject`. */
export async function createTestClient(
  db: TestDatabase,
  limits = { MAX_QUERY_DEPTH: 10, MAX_QUERY_COMPLEXITY: 50_000 },
): Promise<TestClient> {
  const app = await createHttpServer({ config: limits, orm: db.orm, schema: await getSchema(), logger: testLogger });
  return {
    app,
    async query<T>(query: string, variables?: Record<string, unknown>) {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query, variables },
      });
      return { status: response.statusCode, ...response.json<Omit<GraphQLResponse<T>, 'status'>>() };
    },
  };
}
