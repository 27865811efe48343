import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const serverMain = path.join(root, 'server/dist/server/src/main.js');
export const workerCli = path.join(root, 'server/dist/server/src/search/cli.js');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  log: string[];
}

/** Starts a built entry point and resolves once its output matches `ready` (the URL is the first group). */
function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<ServerProcess> {
  if (!existsSync(args[0]!)) throw new Error(`Build the server first (npm run build): ${args[0]} is missing.`);
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No start within 60 s:\n${log.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString());
      const match = ready.exec(log.join(''));
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, log });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Exited with ${code} before starting:\n${log.join('')}`)));
  });
}

/** Starts the built server (as `npm start` does) and resolves with its URL once it says it is running. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  return startProcess([serverMain], env, /GraphQL endpoint: (http:\/\/\S+)\/graphql/);
}

/**
 * Starts the built search indexer (`cli.js worker`, as its container does) with its health and metrics endpoint
 * on a free port, and resolves with that endpoint's URL.
 */
export function startWorkerProcess(env: Record<string, string>): Promise<ServerProcess> {
  return startProcess(
    [workerCli, 'worker'],
    { WORKER_PORT: '0', ...env },
    /health and metrics at (http:\/\/\S+)\/healthz/,
  );
}

/** SIGTERM, and the exit code once it has shut down. */
export function stopServerProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data?: T; errors?: { message: string }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}
