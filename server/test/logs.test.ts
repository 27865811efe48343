import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApp, type RunningApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/platform/logger.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { postGraphQL } from './helpers/processes.js';

let db: TestDatabase;
let app: RunningApp;
const lines: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const em = db.orm.em.fork();
  await createMember(em, {
    organisation: await createOrganisation(em, { slug: 'log-kommune' }),
    email: 'hemmelig.person@log.example',
  });
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
  const meili = inject('meiliUrl') ? { MEILI_URL: inject('meiliUrl'), MEILI_MASTER_KEY: inject('meiliMasterKey') } : {};
  const config = loadConfig({
    DATABASE_URL: db.url,
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'trace',
    SEARCH_INDEX_PREFIX: `logs_${randomBytes(4).toString('hex')}_`,
    ...meili,
  });
  app = await startApp(config, createLogger('trace', sink));
}, 60_000);

afterAll(async () => {
  await app.stop();
  await db.drop();
});

describe('logs', () => {
  it('never contain email addresses, tokens or passwords, even at trace level and in errors', async () => {
    const signIn = 'mutation($i: SignInInput!) { signIn(input: $i) { userErrors { code } } }';
    await postGraphQL(app.url, signIn, {
      i: { email: 'hemmelig.person@log.example', password: 'forkert-kodeord-123' },
    });
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: signIn,
        variables: { i: { email: 'hemmelig.person@log.example', password: PASSWORD } },
      }),
    });
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    const token = await postGraphQL<{ createApiToken: { secret: string } }>(
      app.url,
      'mutation { createApiToken(input: { name: "x", scopes: [READ] }) { secret } }',
      {},
      { cookie },
    );
    const secret = token.data!.createApiToken.secret;
    await postGraphQL(app.url, '{ viewer { member { email } } }', {}, { authorization: `Bearer ${secret}` });
    await postGraphQL(
      app.url,
      '{ viewer { member { email } } }',
      {},
      { authorization: `Bearer ${secret.slice(0, -2)}xx` },
    );
    // An error whose message carries personal data, as a database constraint violation would.
    const logger = createLogger(
      'trace',
      new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) }),
    );
    logger.error(
      { err: new Error('duplicate key value (email)=(hemmelig.person@log.example)') },
      `failed for ${secret}`,
    );

    const log = lines.join('');
    expect(log.length).toBeGreaterThan(0);
    expect(log).toContain('[email]');
    expect(log).not.toMatch(/hemmelig\.person@log\.example/);
    expect(log).not.toMatch(/vb[tsi]_[A-Za-z0-9_-]{16,}/);
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain('forkert-kodeord-123');
    expect(log).not.toMatch(/scrypt\$/);
  });
});
