import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const main = path.join(root, 'server/dist/server/src/main.js');
let dataDir: string;

beforeAll(async () => {
  if (!existsSync(main)) throw new Error(`Build the server first (npm run build): ${main} is missing.`);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-boot-'));
  await chmod(dataDir, 0o755);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Starts the built server the way `npm start` does and resolves with its URL once it says it is running. */
function boot(): Promise<{ child: ChildProcess; url: string; log: string[] }> {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No start within 60 s:\n${log.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const match = /GraphQL endpoint: (http:\/\/\S+)\/graphql/.exec(log.join(''));
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, log });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Exited with ${code} before starting:\n${log.join('')}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function countMethods(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ methods { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { methods: { totalCount: number } } };
  return body.data.methods.totalCount;
}

describe('npm start on the embedded defaults', () => {
  it('creates the database, loads the demo once, serves GraphQL and the explorer, and keeps data across restarts', async () => {
    const first = await boot();
    try {
      expect(first.log.join('')).toContain('loading the demo content');
      const methods = await countMethods(first.url);
      expect(methods).toBeGreaterThanOrEqual(15);
      const explorer = await fetch(`${first.url}/explorer`);
      expect(await explorer.text()).toContain('/explorer/graphiql/graphiql.min.js');
      const script = await fetch(`${first.url}/explorer/graphiql/graphiql.min.js`);
      expect(script.status).toBe(200);
      expect((await script.text()).length).toBeGreaterThan(100_000);
      expect(await stop(first.child)).toBe(0);

      const second = await boot();
      try {
        expect(second.log.join('')).not.toContain('loading the demo content');
        expect(await countMethods(second.url)).toBe(methods);
      } finally {
        expect(await stop(second.child)).toBe(0);
      }
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
  }, 120_000);
});
