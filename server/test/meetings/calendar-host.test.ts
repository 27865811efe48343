import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Visibility } from '../../src/modules/content/content.enums.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';
import { createEvent } from './fixtures.js';

/**
 * The .ics file's link back to the event is built from the address the request came to. That address is what the
 * client sent (Host, or X-Forwarded-Host behind a trusted proxy): anything but a plain host and port leaves the
 * link out instead of writing the client's text into the file.
 */
let db: TestDatabase;
let direct: TestClient;
let proxied: TestClient;
const seed = Number(process.env.FC_SEED ?? 20_261_206);
const PROPERTY =
  /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP|DTSTART|DTEND|SUMMARY|DESCRIPTION|LOCATION|URL)[:;]/;

beforeAll(async () => {
  db = await createTestDatabase();
  await createEvent(db.orm.em.fork(), { slug: 'vaert-moede', visibility: Visibility.PUBLIC });
  direct = await createTestClient(db);
  proxied = await createTestClient(db, loadConfig({ TRUST_PROXY: '127.0.0.1' }));
});
afterAll(async () => {
  await direct.app.close();
  await proxied.app.close();
  await db.drop();
});

async function calendar(client: TestClient, headers: Record<string, string>) {
  const res = await client.app.inject({ method: 'GET', url: '/events/vaert-moede.ics', headers });
  expect(res.statusCode).toBe(200);
  const lines = res.body.split('\r\n').filter((line) => line !== '');
  // Every line is one of ours or a folded continuation: nothing the client sent started a line of its own.
  for (const line of lines) expect(line.startsWith(' ') || PROPERTY.test(line), line).toBe(true);
  const url = res.body.replace(/\r\n /g, '').match(/^URL:(.*)$/m)?.[1];
  return { body: res.body, url };
}

describe('the calendar file’s link', () => {
  it('uses a plain Host', async () => {
    expect((await calendar(direct, { host: 'vidensbro.example:8080' })).url).toBe(
      'http://vidensbro.example:8080/events/vaert-moede',
    );
    expect((await calendar(direct, { host: '[::1]:4000' })).url).toBe('http://[::1]:4000/events/vaert-moede');
  });

  it.each([
    'evil.example/phish?x=',
    'evil.example#',
    'evil.example;X-WR-CALNAME=Evil',
    'evil.example,x',
    'evil.example\\@vidensbro.example',
    'evil.example@vidensbro.example',
    'a b',
    '<script>',
    'vidensbro.example:99999',
    'vidensbro.example:',
    'x'.repeat(300),
  ])('leaves it out for Host %j', async (host) => {
    const { url, body } = await calendar(direct, { host });
    expect(url).toBeUndefined();
    expect(body).not.toContain('evil');
  });

  it('behind a trusted proxy, follows X-Forwarded-Host and -Proto only when they are plain', async () => {
    const good = await calendar(proxied, { 'x-forwarded-host': 'vidensbro.dk', 'x-forwarded-proto': 'https' });
    expect(good.url).toBe('https://vidensbro.dk/events/vaert-moede');
    const bad = await calendar(proxied, { 'x-forwarded-host': 'evil.example/x', 'x-forwarded-proto': 'https' });
    expect(bad.url).toBeUndefined();
  });

  it('is a link to the event on the named host, or absent, for any Host (property)', async () => {
    const alphabet = fc.constantFrom(...'ab.-:/@#?;,\\ []1%é'.split(''), 'evil', '\t', 'ÿ');
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { minLength: 1, maxLength: 12 }), async (parts) => {
        const host = parts.join('');
        const { url } = await calendar(direct, { host });
        if (url === undefined) return;
        const parsed = new URL(url);
        // The host a browser makes of the header (normalised, e.g. "1" is 0.0.0.1), with no user, query or fragment.
        expect(parsed.host).toBe(new URL(`http://${host}`).host);
        expect(parsed.username + parsed.password).toBe('');
        expect(parsed.pathname).toBe('/events/vaert-moede');
        expect(parsed.search + parsed.hash).toBe('');
      }),
      { numRuns: 300, seed },
    );
  });
});
