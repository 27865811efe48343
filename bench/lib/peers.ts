/**
 * The servers under test, each in its own process so neither shares an event loop with the load generator:
 * Vidensbro as `npm start` runs it (server/dist/.../main.js) and PostGraphile 4.14.1 (bench/postgraphile).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../../server/src/platform/free-port.js';

/** The repository root, from the sources (bench/lib) or the compiled copy (server/dist/bench/lib). */
export const REPO = ((): string => {
  for (let dir = import.meta.dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'bench', 'postgraphile', 'package.json'))) return dir;
  }
  throw new Error(`The benchmark could not find the repository root above ${import.meta.dirname}.`);
})();

export interface Peer {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not start within 120 s:\n${output()}`);
}

function start(name: string, args: string[], env: Record<string, string>, url: string): Promise<Peer> {
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`${name} exited unexpectedly (${code ?? signal}):\n${log}`);
  });
  const peer: Peer = {
    name,
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
  return waitForHttp(url, child, () => log).then(
    () => peer,
    async (error: unknown) => {
      await peer.stop();
      throw error;
    },
  );
}

/** Vidensbro's production entry point on the given database and Meilisearch; no demo seed, no indexer loop. */
export async function startVidensbro(props: {
  databaseUrl: string;
  meili: { url: string; apiKey: string };
  indexPrefix: string;
  dataDir: string;
  nodeArgs?: string[];
}): Promise<Peer> {
  const port = await freePort();
  const main = path.join(REPO, 'server', 'dist', 'server', 'src', 'main.js');
  return start(
    'Vidensbro',
    [...(props.nodeArgs ?? []), main],
    {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: props.databaseUrl,
      MEILI_URL: props.meili.url,
      MEILI_MASTER_KEY: props.meili.apiKey,
      SEARCH_INDEX_PREFIX: props.indexPrefix,
      SEARCH_WORKER: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      DATA_DIR: props.dataDir,
    },
    `http://127.0.0.1:${port}/graphql`,
  );
}

/** PostGraphile 4.14.1 over the same database, as its docs recommend for production (no query log, no watch). */
export async function startPostGraphile(databaseUrl: string): Promise<Peer> {
  const script = path.join(REPO, 'bench', 'postgraphile', 'serve.js');
  if (!existsSync(path.join(REPO, 'bench', 'postgraphile', 'node_modules', 'postgraphile')))
    throw new Error('PostGraphile is not installed: run `npm ci --prefix bench/postgraphile` (npm run bench does).');
  const port = await freePort();
  return start(
    'PostGraphile',
    [script],
    { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production' },
    `http://127.0.0.1:${port}/graphql`,
  );
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc, 100 ticks/s); null where there is none. */
export async function cpuMs(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ")"; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Resident set size of a process in MB (Linux /proc); null where there is no /proc. */
export async function rssMb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
