import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Ends `child` when this process dies without a chance to clean up (SIGKILL, OOM killer): a tiny shell loop
 * watches both pids. Without it an orphaned server keeps its port and its data folder's lock.
 * Returns a function that stops the watch (call it once the child is stopped normally).
 */
export function watchParent(child: ChildProcess, signal: 'INT' | 'TERM' | 'KILL'): () => void {
  if (process.platform === 'win32' || child.pid === undefined) return () => {};
  const watchdog = spawn(
    'sh',
    [
      '-c',
      `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${child.pid} 2>/dev/null; do sleep 1; done; ` +
        `kill -${signal} ${child.pid} 2>/dev/null`,
    ],
    { stdio: 'ignore', detached: true },
  );
  watchdog.unref();
  // Still a normal exit: end the child at once rather than leave it to the loop.
  const onExit = () => child.kill(signal === 'KILL' ? 'SIGKILL' : `SIG${signal}`);
  process.on('exit', onExit);
  return () => {
    process.off('exit', onExit);
    watchdog.kill('SIGKILL');
  };
}

/** Resolves when the child has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Asks a child to stop with `signal`, kills it after `graceMs`, and waits; a child already gone returns at once. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}
