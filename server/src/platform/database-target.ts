import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { ensureDatabase } from './database.js';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.js';
import type { Logger } from './logger.js';

/** While a server runs the embedded PostgreSQL, its address (with the password: mode 600) for the CLIs. */
const addressFile = (dataDir: string) => path.join(dataDir, 'pg-address.json');

export async function publishEmbeddedAddress(dataDir: string, url: string): Promise<() => Promise<void>> {
  await writeFile(addressFile(dataDir), JSON.stringify({ url, pid: process.pid }), { mode: 0o600 });
  return () => rm(addressFile(dataDir), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The database a command-line tool works on: DATABASE_URL; else the embedded PostgreSQL of a server running on
 * DATA_DIR (so backups and reindexing work while it serves); else the embedded one, started for the command.
 */
export async function openDatabaseTarget(
  config: Pick<Config, 'DATABASE_URL' | 'dataDir'>,
  logger: Logger,
): Promise<{ url: string; stop(): Promise<void> }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => {} };
  const file = addressFile(config.dataDir);
  if (existsSync(file)) {
    const { url, pid } = JSON.parse(await readFile(file, 'utf8')) as { url: string; pid: number };
    if (alive(pid)) return { url, stop: async () => {} };
  }
  const postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), logger });
  return { url: await ensureDatabase(postgres.url, 'vidensbro'), stop: () => postgres.stop() };
}
