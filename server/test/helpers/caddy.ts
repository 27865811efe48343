import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../../src/platform/free-port.js';

/** Debian's `caddy` (apt-get install caddy), when this machine has it; the proxy tests are skipped without it. */
export function caddyBinary(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'caddy');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

export interface RunningCaddy {
  url: string;
  log: string[];
  stop(): Promise<void>;
}

/**
 * Runs the deployment's Caddyfile as it is, with three substitutions a test machine needs: its upstreams
 * (`server-1:4000`, …) become the given local addresses, the site address is plain HTTP on a free loopback port,
 * and the admin endpoint is off (so several can run at once).
 */
export async function startCaddy(props: {
  caddyfile: string;
  upstreams: string[];
  dir: string;
}): Promise<RunningCaddy> {
  const binary = caddyBinary();
  if (!binary) throw new Error('No caddy binary on PATH');
  let text = props.caddyfile;
  props.upstreams.forEach((address, index) => {
    text = text.replaceAll(`server-${index + 1}:4000`, address);
  });
  if (/server-\d+:4000/.test(text)) throw new Error('The Caddyfile names more upstreams than were given');
  const port = await freePort();
  await mkdir(props.dir, { recursive: true });
  const file = path.join(props.dir, 'Caddyfile');
  await writeFile(file, `{\n\tadmin off\n}\n\n${text}`);
  const child: ChildProcess = spawn(binary, ['run', '--config', file, '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      SITE_ADDRESS: `http://127.0.0.1:${port}`,
      XDG_DATA_HOME: path.join(props.dir, 'data'),
      XDG_CONFIG_HOME: path.join(props.dir, 'config'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`caddy exited:\n${log.join('')}`);
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`caddy did not answer within 20 s:\n${log.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    log,
    stop: async () => {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
