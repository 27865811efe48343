import type { FastifyInstance } from 'fastify';
import { getSchema } from '../../src/graphql/schema.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createHttpServer } from '../../src/http.js';
import type { Logger } from '../../src/platform/logger.js';
import { testLogger, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestClient {
  app: FastifyInstance;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the Cookie header value of the session. */
  signIn(email: string, password: string): Promise<string>;
}

/** The real HTTP stack (Fastify + Apollo + our context), driven in-process through `inject`, on the default config. */
export async function createTestClient(
  db: TestDatabase,
  overrides: Partial<Config> = {},
  logger: Logger = testLogger,
): Promise<TestClient> {
  const config = { ...loadConfig({}), ...overrides };
  const app = await createHttpServer({ config, orm: db.orm, schema: await getSchema(), logger });
  return {
    app,
    async query<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...headers },
        payload: { query, variables },
      });
      return { status: response.statusCode, ...response.json<Omit<GraphQLResponse<T>, 'status'>>() };
    },
    async signIn(email: string, password: string) {
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: {
          query: 'mutation($i: SignInInput!) { signIn(input: $i) { member { id } userErrors { code message } } }',
          variables: { i: { email, password } },
        },
      });
      const cookie = response.cookies.find((c) => c.name === 'vb_session');
      if (!cookie) throw new Error(`Sign-in failed: ${response.body}`);
      return `vb_session=${cookie.value}`;
    },
  };
}
