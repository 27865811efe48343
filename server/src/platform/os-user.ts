import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

export const isRoot = (): boolean => process.getuid?.() === 0;

async function lookup(name: string): Promise<OsUser | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { name, uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the OS user `postgres`, created (as a system user
 * without a home or login shell) when the machine has none.
 */
export async function ensureOsUser(name: string): Promise<OsUser> {
  const existing = await lookup(name);
  if (existing) return existing;
  try {
    await run('groupadd', ['--system', name]).catch(() => undefined); // the group may exist without the user
    await run('useradd', ['--system', '--gid', name, '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
  } catch (error) {
    throw new Error(
      `PostgreSQL cannot run as root and the OS user "${name}" could not be created (${(error as Error).message}). ` +
        `Create it (useradd --system ${name}), run Vidensbro as an ordinary user, or set DATABASE_URL.`,
      { cause: error },
    );
  }
  const created = await lookup(name);
  if (!created) throw new Error(`The OS user "${name}" was created but cannot be looked up.`);
  return created;
}

/** Whether a user may pass through (execute bit) a folder, judged by its owner, group and other bits. */
function mayEnter(dir: string, user: OsUser): boolean {
  const { mode, uid, gid } = statSync(dir);
  if (user.uid === 0) return true;
  if (uid === user.uid) return (mode & 0o100) !== 0;
  if (gid === user.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/**
 * The first folder on the way to `target` (itself included when it exists) that `user` cannot enter, or null when
 * every existing folder on the path is open to it. Only the primary group is considered, so the answer errs on the
 * side of "cannot".
 */
export function firstBlockedFolder(target: string, user: OsUser): string | null {
  const resolved = path.resolve(target);
  const chain: string[] = [];
  for (let dir = resolved; ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    try {
      if (!mayEnter(dir, user)) return dir;
    } catch {
      return null; // the rest does not exist yet: whoever creates it decides its mode
    }
  }
  return null;
}
