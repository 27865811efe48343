import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://localhost:41234; empty when browser tests are skipped. */
    e2eBaseUrl: string;
  }
}

const clientRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the client from the current sources and starts the real server in-process on a free port, with its
 * own embedded PostgreSQL in a temp folder and the demo content, serving that build on the same origin.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!existsSync(CHROMIUM)) {
    console.warn(
      `\n[e2e] Skipping browser tests: ${CHROMIUM} is missing. Install it with \`apt-get install -y chromium\`.\n`,
    );
    project.provide('e2eBaseUrl', '');
    return undefined;
  }
  // Point the tests at a server you already run (e.g. while working on the client): E2E_BASE_URL=http://…
  if (process.env.E2E_BASE_URL) {
    project.provide('e2eBaseUrl', process.env.E2E_BASE_URL.replace(/\/$/, ''));
    return undefined;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-e2e-'));
  await chmod(dir, 0o755); // the embedded PostgreSQL runs as the postgres OS user, which must reach its data
  const dist = path.join(dir, 'client');
  await build({
    configFile: path.join(clientRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true, sourcemap: false },
  });
  process.env.CLIENT_DIST = dist;

  const { loadConfig } = await import('../../server/src/config.js');
  const { startApp } = await import('../../server/src/app.js');
  const { createLogger } = await import('../../server/src/platform/logger.js');
  const level = process.env.TEST_LOG_LEVEL ?? 'warn';
  const app = await startApp(
    loadConfig({ NODE_ENV: 'test', DATA_DIR: path.join(dir, 'data'), HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: level }),
    createLogger(level),
  );
  project.provide('e2eBaseUrl', app.url);
  return async () => {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
