import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { createMember, createOrganisation, PASSWORD } from './helpers/factories.js';
import { createTestClient, type TestClient } from './helpers/graphql.js';

/**
 * Security headers on every kind of answer, and TRUST_PROXY: behind a TLS proxy the session cookie is Secure and
 * HSTS is sent; without it, forwarded headers are ignored (anyone can send them).
 */
const CLIENT_INDEX = fileURLToPath(new URL('../../client/index.html', import.meta.url));
let db: TestDatabase;
let direct: TestClient;
let proxied: TestClient;
let dist: string;
const previousDist = process.env.CLIENT_DIST;

beforeAll(async () => {
  db = await createTestDatabase();
  // A stand-in for the built client: the server serves whatever index.html the build made.
  dist = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-dist-'));
  await writeFile(path.join(dist, 'index.html'), await readFile(CLIENT_INDEX));
  process.env.CLIENT_DIST = dist;
  direct = await createTestClient(db);
  proxied = await createTestClient(db, loadConfig({ TRUST_PROXY: '127.0.0.1' }));
  const em = db.orm.em.fork();
  await createMember(em, { organisation: await createOrganisation(em, { slug: 'headers-org' }), email: 'h@h.example' });
});
afterAll(async () => {
  if (previousDist === undefined) delete process.env.CLIENT_DIST;
  else process.env.CLIENT_DIST = previousDist;
  await direct.app.close();
  await proxied.app.close();
  await rm(dist, { recursive: true, force: true });
  await db.drop();
});

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const ANSWERS: [string, InjectOptions][] = [
  ['the app', { method: 'GET', url: '/', headers: { accept: 'text/html' } }],
  ['a page of the app', { method: 'GET', url: '/methods/some-method', headers: { accept: 'text/html' } }],
  ['the explorer', { method: 'GET', url: '/explorer', headers: { accept: 'text/html' } }],
  ['the explorer’s script', { method: 'GET', url: '/explorer/explorer.js' }],
  [
    'the API',
    {
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: '{ __typename }' },
    },
  ],
  ['an API error', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{' }],
  ['the health check', { method: 'GET', url: '/healthz' }],
  ['a missing file', { method: 'GET', url: '/nothing-here.js' }],
];

describe.each(ANSWERS)('%s', (_name, request) => {
  it('carries the security headers, and no HSTS over plain HTTP', async () => {
    const res = await direct.app.inject(request);
    const csp = directives(String(res.headers['content-security-policy']));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('pages that run under the policy', () => {
  /** Script elements without src, and on* attributes: what a CSP without 'unsafe-inline' would block. */
  function inlineScripts(html: string): string[] {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter(([, attrs, body]) => !/\bsrc\s*=/.test(attrs!) || body!.trim() !== '')
      .map(([tag]) => tag);
    const handlers = [...html.matchAll(/<[^>]+\son[a-z]+\s*=/gi)].map(([tag]) => tag);
    return [...scripts, ...handlers];
  }

  it('the client’s index.html has no inline script', async () => {
    expect(inlineScripts(await readFile(CLIENT_INDEX, 'utf8'))).toEqual([]);
  });

  it('the explorer has no inline script, and its start-up script is served as JavaScript', async () => {
    const page = await direct.app.inject({ method: 'GET', url: '/explorer' });
    expect(inlineScripts(page.body)).toEqual([]);
    const script = await direct.app.inject({ method: 'GET', url: '/explorer/explorer.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.body).toContain('GraphiQL.createFetcher');
  });
});

describe('TRUST_PROXY', () => {
  const viaTls = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
  async function signIn(client: TestClient, headers: Record<string, string>) {
    return client.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      payload: {
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { member { id } } }',
        variables: { i: { email: 'h@h.example', password: PASSWORD } },
      },
    });
  }

  it('behind a trusted TLS proxy: a Secure session cookie and HSTS', async () => {
    const res = await signIn(proxied, viaTls);
    const cookie = res.cookies.find((c) => c.name === 'vb_session');
    expect(cookie?.secure).toBe(true);
    expect(cookie?.httpOnly).toBe(true);
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
  });

  it('without it, forwarded headers are not believed: no Secure flag, no HSTS', async () => {
    const res = await signIn(direct, viaTls);
    expect(res.cookies.find((c) => c.name === 'vb_session')?.secure).toBeFalsy();
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('a trusted proxy over plain HTTP gets no Secure flag either', async () => {
    const res = await signIn(proxied, { 'x-forwarded-proto': 'http', 'x-forwarded-for': '203.0.113.7' });
    expect(res.cookies.find((c) => c.name === 'vb_session')?.secure).toBeFalsy();
  });

  it('is parsed and checked with the rest of the configuration', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1, loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'loopback',
    ]);
    for (const bad of ['proxy.example', '10.0.0.0/33', '300.1.1.1', '1.2.3.4/8/9'])
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
  });
});
