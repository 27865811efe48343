import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { createTestClient, type TestClient } from '../helpers/graphql.js';

const CLIENT_INDEX = fileURLToPath(new URL('../../../client/index.html', import.meta.url));
export const PUBLIC_URL = 'https://vidensbro.example';

/** Ways crawlers, unfurlers and command-line tools ask for a page: none of them says text/html. */
export const CRAWLERS: [string, Record<string, string>][] = [
  ['curl', { accept: '*/*', 'user-agent': 'curl/8.5.0' }],
  ['wget', { accept: '*/*', 'user-agent': 'Wget/1.21.4' }],
  ['facebookexternalhit', { accept: '*/*', 'user-agent': 'facebookexternalhit/1.1' }],
  ['Slackbot', { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' }],
];

export interface PublishingFixture {
  db: TestDatabase;
  client: TestClient;
  close(): Promise<void>;
}

/**
 * The real HTTP stack with PUBLIC_URL set over an empty database of the test's own (tests build what they
 * publish), and a stand-in for the built client (the server serves whatever index.html the build made).
 */
export async function publishingFixture(): Promise<PublishingFixture> {
  const db = await createTestDatabase();
  const dist = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-dist-'));
  await writeFile(path.join(dist, 'index.html'), await readFile(CLIENT_INDEX));
  const previous = process.env.CLIENT_DIST;
  process.env.CLIENT_DIST = dist;
  const client = await createTestClient(db, loadConfig({ PUBLIC_URL }));
  if (previous === undefined) delete process.env.CLIENT_DIST;
  else process.env.CLIENT_DIST = previous;
  return {
    db,
    client,
    close: async () => {
      await client.app.close();
      await rm(dist, { recursive: true, force: true });
      await db.drop();
    },
  };
}

/** The head's facts, read back out of the HTML as a crawler would. */
export function readHead(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const attr = (selector: RegExp) =>
    selector
      .exec(head)?.[1]
      ?.replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const meta = (key: string) => attr(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`));
  const scripts = [...head.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return {
    titles: [...head.matchAll(/<title>([\s\S]*?)<\/title>/g)].map((m) => m[1]),
    title: attr(/<title>([\s\S]*?)<\/title>/),
    description: meta('description'),
    robots: meta('robots'),
    canonical: attr(/<link rel="canonical" href="([^"]*)"/),
    og: (key: string) => meta(`og:${key}`),
    twitter: (key: string) => meta(`twitter:${key}`),
    feeds: [...head.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]*)"/g)].map(
      (m) => m[1],
    ),
    jsonLd: scripts.map((m) => JSON.parse(m[1]!) as Record<string, unknown>),
    scriptCount: (html.match(/<script/g) ?? []).length,
  };
}
