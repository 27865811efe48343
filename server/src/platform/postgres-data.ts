import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from './logger.js';
import { firstBlockedFolder, type OsUser } from './os-user.js';

/**
 * As root, where PostgreSQL's data and a runnable copy of its binaries go when the OS user `postgres` cannot reach
 * the checkout. Under /var/lib, like a packaged PostgreSQL: it survives reboots, unlike the temp folder.
 */
export const DEFAULT_SYSTEM_ROOT = '/var/lib/vidensbro';

/** The name of the file left in the wanted place that says where the data really is. */
export const LOCATION_NOTE = 'WHERE-IS-MY-DATA.txt';

const hashOf = (dir: string) => createHash('sha256').update(path.resolve(dir)).digest('hex');

/** Earlier releases fell back to the temp folder, which many systems empty on reboot. */
function legacyTempFallback(wanted: string): string {
  return path.join(os.tmpdir(), `vidensbro-pg-${hashOf(wanted).slice(0, 12)}`);
}

/** One folder per checkout, named so a person can tell them apart: /var/lib/vidensbro/<checkout>-<hash>/pg. */
export function fallbackDataDir(wanted: string, systemRoot: string): string {
  const checkout = path.basename(path.dirname(path.dirname(path.resolve(wanted)))).replace(/[^\w.-]/g, '_');
  return path.join(systemRoot, `${checkout || 'vidensbro'}-${hashOf(wanted).slice(0, 8)}`, 'pg');
}

async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch {
    // Another file system (the temp folder is often tmpfs): copy with owners and modes, then remove.
    await promisify(execFile)('cp', ['-a', from, to]);
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * Decides where the cluster lives and says so on every start. Wanted is DATA_DIR/pg; as root, when the `postgres`
 * user cannot reach it, the data goes under `systemRoot` instead, and a note in DATA_DIR points there.
 */
export async function placeData(props: {
  wanted: string;
  user: OsUser | null;
  systemRoot: string;
  logger: Logger;
}): Promise<string> {
  const { wanted, user, systemRoot, logger } = props;
  const blocked = user ? firstBlockedFolder(path.dirname(wanted), user) : null;
  if (!blocked) {
    await mkdir(path.dirname(wanted), { recursive: true });
    logger.info(`PostgreSQL data: ${path.resolve(wanted)}`);
    return path.resolve(wanted);
  }
  const dataDir = fallbackDataDir(wanted, systemRoot);
  try {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await chmod(systemRoot, 0o755);
    await chmod(path.dirname(dataDir), 0o755);
  } catch (error) {
    throw new Error(
      `The OS user "postgres" cannot enter ${blocked}, and ${systemRoot} could not be prepared for the data ` +
        `(${(error as Error).message}). Set DATA_DIR to a folder that user can reach, or set DATABASE_URL.`,
      { cause: error },
    );
  }
  const legacy = legacyTempFallback(wanted);
  if (!existsSync(dataDir) && existsSync(path.join(legacy, 'PG_VERSION'))) {
    logger.warn(`Moving the PostgreSQL data an earlier release kept in ${legacy} (a temp folder) to ${dataDir}.`);
    await move(legacy, dataDir);
    if (existsSync(`${legacy}.credentials.json`))
      await move(`${legacy}.credentials.json`, `${dataDir}.credentials.json`);
  }
  await mkdir(path.dirname(wanted), { recursive: true });
  await writeFile(
    path.join(path.dirname(wanted), LOCATION_NOTE),
    `The OS user "postgres", which runs PostgreSQL when Vidensbro runs as root, cannot enter ${blocked}.\n` +
      `PostgreSQL's data for this checkout is therefore kept in ${dataDir}.\n` +
      'Set DATA_DIR to a folder that user can reach to keep it elsewhere.\n',
  );
  logger.info(
    `PostgreSQL data: ${dataDir} (the OS user "postgres" cannot enter ${blocked}; set DATA_DIR to choose another place)`,
  );
  return dataDir;
}
