import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { root, serverMain, startServerProcess, stopServerProcess } from './helpers/processes.js';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'vidensbro-fail-'));
  await chmod(dataDir, 0o755); // as root, the postgres OS user must reach it
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs the built server until it exits; start-up failures must exit on their own, with status 1. */
function run(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [serverMain], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at /m);

describe('start-up failures exit with status 1 and say what to fix', () => {
  it('a DATABASE_URL where nothing answers', async () => {
    const { code, output } = await run({ DATABASE_URL: 'postgresql://vidensbro:secret@127.0.0.1:1/vidensbro' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('ECONNREFUSED');
    expect(output).not.toContain('secret');
    noStackTrace(output);
  }, 70_000);

  it('a wrong password in DATABASE_URL', async () => {
    const url = new URL(inject('postgresUrl'));
    url.password = 'not-the-password';
    const { code, output } = await run({ DATABASE_URL: url.toString() });
    expect(code).toBe(1);
    expect(output).toMatch(/password was refused: check them in DATABASE_URL/);
    noStackTrace(output);
  }, 70_000);

  it('a port in use, found before anything else starts', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const { code, output, ms } = await run({ PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(output).toContain('PORT');
      expect(output).not.toContain('PostgreSQL data'); // nothing was started first
      expect(ms).toBeLessThan(5_000);
    } finally {
      taken.close();
    }
  }, 70_000);

  it('an invalid setting, named, without a stack trace', async () => {
    const { code, output } = await run({ PORT: 'four thousand', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(output).toContain('PORT');
    expect(output).toContain('LOG_LEVEL');
    noStackTrace(output);
  }, 70_000);

  it('a data folder another Vidensbro is using', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
    try {
      const { code, output } = await run({ SEED_DEMO: 'false' });
      expect(code).toBe(1);
      expect(output).toContain('another Vidensbro?');
      expect(output).toContain('DATA_DIR');
      noStackTrace(output);
    } finally {
      expect(await stopServerProcess(first.child)).toBe(0);
    }
  }, 120_000);
});
