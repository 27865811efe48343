import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startServerProcess, stopServerProcess } from './helpers/processes.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-boot-'));
  await chmod(dataDir, 0o755);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const boot = () => startServerProcess({ DATA_DIR: dataDir });
const stop = stopServerProcess;

async function countMethods(url: string): Promise<number> {
  const body = await postGraphQL<{ methods: { totalCount: number } }>(url, '{ methods { totalCount } }');
  return body.data!.methods.totalCount;
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
