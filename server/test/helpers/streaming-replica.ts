import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { appendFile, chmod, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/platform/embedded-postgres.js';
import { freePort } from '../../src/platform/free-port.js';
import type { Logger } from '../../src/platform/logger.js';
import { ensureOsUser, isRoot } from '../../src/platform/os-user.js';
import { installedPostgres, reachablePostgres } from '../../src/platform/postgres-binaries.js';
import { DEFAULT_SYSTEM_ROOT } from '../../src/platform/postgres-data.js';

export interface StreamingPair {
  /** Maintenance URLs (database `postgres`) of the primary and of its hot standby. */
  primaryUrl: string;
  replicaUrl: string;
  /** Stops applying the primary's WAL on the replica: it keeps answering, with the state it had. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the replica has applied everything the primary has written so far. */
  caughtUp(): Promise<void>;
  /** Stops the replica alone, as a crash or a maintenance window would. */
  stopReplica(): Promise<void>;
  stop(): Promise<void>;
}

/** `url` with another database name. */
export function onDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * A real PostgreSQL streaming replica, from the embedded binaries alone (npm ships no pg_basebackup): a primary
 * in a temp folder, a base backup taken the low-level way (pg_backup_start, a file copy, pg_backup_stop with its
 * backup_label), and a hot standby started on that copy, streaming WAL from the primary through a slot. It is
 * read-only, as production replicas are, and it lags (or is paused) like one.
 */
export async function startStreamingPair(logger: Logger): Promise<StreamingPair> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-replica-'));
  await chmod(dir, 0o755); // the postgres OS user must reach it
  let primary: RunningPostgres | undefined;
  let standby: ChildProcess | undefined;
  try {
    primary = await startEmbeddedPostgres({ dataDir: path.join(dir, 'primary'), logger, ephemeral: true });
    const replicaDir = path.join(dir, 'replica');
    const admin = new pg.Client({ connectionString: primary.url });
    await admin.connect();
    try {
      await admin.query(`select pg_create_physical_replication_slot('vidensbro_replica', true)`);
      await admin.query(`select pg_backup_start('vidensbro replica', true)`);
      const source = primary.dataDir;
      await cp(source, replicaDir, {
        recursive: true,
        // As pg_basebackup does: no server state files, no slots, no WAL segments (the standby streams them).
        filter: (from) => {
          const relative = path.relative(source, from);
          if (['postmaster.pid', 'postmaster.opts'].includes(relative)) return false;
          if (/^pg_replslot[\\/]/.test(relative)) return false;
          if (/^pg_wal[\\/]/.test(relative)) return statSync(from).isDirectory();
          return true;
        },
      });
      const [stopped] = (
        await admin.query<{ labelfile: string; spcmapfile: string | null }>(
          'select labelfile, spcmapfile from pg_backup_stop(false)',
        )
      ).rows;
      await writeFile(path.join(replicaDir, 'backup_label'), stopped!.labelfile);
      if (stopped!.spcmapfile) await writeFile(path.join(replicaDir, 'tablespace_map'), stopped!.spcmapfile);
    } finally {
      await admin.end();
    }
    const password = decodeURIComponent(new URL(primary.url).password);
    await writeFile(path.join(replicaDir, 'standby.signal'), '');
    await appendFile(
      path.join(replicaDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=postgres password=${password}'\n` +
        "primary_slot_name = 'vidensbro_replica'\n",
    );
    const user = isRoot() ? await ensureOsUser('postgres') : null;
    if (user) await promisify(execFile)('chown', ['-R', `${user.uid}:${user.gid}`, replicaDir]);
    await chmod(replicaDir, 0o700);
    const installed = installedPostgres();
    const bin = user
      ? await reachablePostgres({ installed, user, runtimeRoot: path.join(DEFAULT_SYSTEM_ROOT, 'runtime'), logger })
      : installed;
    const port = await freePort();
    // A hot standby needs at least the primary's max_connections (the embedded primary sets 200).
    const args = ['-D', replicaDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'];
    args.push('-c', 'unix_socket_directories=', '-c', 'max_connections=200', '-c', 'fsync=off');
    standby = spawn(bin.postgres, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The standby did not start:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready to accept read-only connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      standby!.stdout?.on('data', onData);
      standby!.stderr?.on('data', onData);
      standby!.once('exit', () => reject(new Error(`The standby exited:\n${output}`)));
    });
    standby.removeAllListeners('exit');
    const primaryUrl = primary.url;
    const replicaUrl = new URL(primary.url);
    replicaUrl.port = String(port);
    const running = primary;
    const child = standby;
    return {
      primaryUrl,
      replicaUrl: replicaUrl.toString(),
      pauseReplay: async () => void (await query(replicaUrl.toString(), 'select pg_wal_replay_pause()')),
      resumeReplay: async () => void (await query(replicaUrl.toString(), 'select pg_wal_replay_resume()')),
      caughtUp: async () => {
        const [{ lsn }] = (await query<{ lsn: string }>(primaryUrl, 'select pg_current_wal_lsn()::text as lsn')) as [
          { lsn: string },
        ];
        const deadline = Date.now() + 30_000;
        for (;;) {
          const [row] = await query<{ ok: boolean }>(
            replicaUrl.toString(),
            'select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok',
            [lsn],
          );
          if (row?.ok) return;
          if (Date.now() > deadline) throw new Error(`The replica did not reach ${lsn} within 30 s`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      stopReplica: () => stopChild(child),
      stop: async () => {
        await stopChild(child);
        await running.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (standby) await stopChild(standby);
    await primary?.stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT'); // PostgreSQL's fast shutdown
  });
}
