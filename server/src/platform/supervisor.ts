import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.js';
import type { Logger } from './logger.js';
import { stopChild, watchParent } from './watchdog.js';

/** up: answering; restarting: died and is being brought back; stopped: stopped on purpose (or not supervised). */
export type ServiceState = 'up' | 'restarting' | 'stopped';

export interface SupervisedOptions {
  /** For log lines: "PostgreSQL", "Meilisearch". */
  name: string;
  /** Starts the server and resolves once it answers; rejects (having ended the child) when it cannot start. */
  launch: () => Promise<ChildProcess>;
  logger: Logger;
  /** Restart with backoff when it dies; off, a death is logged and the state becomes `stopped`. */
  restart: boolean;
  /** How to stop it gracefully. */
  stopSignal: NodeJS.Signals;
  /** The signal the watchdog sends when this process dies without cleaning up. */
  orphanSignal: 'INT' | 'TERM' | 'KILL';
  /** Turns a launch failure into words that say what to do. */
  explain?: (error: unknown) => string;
}

/**
 * Keeps an embedded server running: started once, restarted with exponential backoff (0.25 s to 30 s) when it
 * dies, each outage logged once when it begins and once when it ends.
 */
export class Supervised {
  private child: ChildProcess | undefined;
  private unwatch = () => {};
  private current: ServiceState = 'stopped';

  constructor(private readonly options: SupervisedOptions) {}

  /** The running child's process id (the benchmark reads its CPU time); undefined while it is down. */
  pid(): number | undefined {
    return this.child?.pid;
  }

  state(): ServiceState {
    return this.current;
  }

  /** The first start: failures are thrown, not retried (a wrong setting should stop start-up with its reason). */
  async start(): Promise<void> {
    await this.adopt(await this.options.launch());
  }

  private async adopt(child: ChildProcess): Promise<void> {
    this.child = child;
    this.current = 'up';
    this.unwatch = watchParent(child, this.options.orphanSignal);
    child.once('exit', (code, signal) => {
      this.unwatch();
      if (this.current === 'up') void this.revive(code ?? signal);
    });
  }

  private async revive(reason: number | string | null): Promise<void> {
    const { name, logger, launch, explain } = this.options;
    if (!this.options.restart) {
      this.current = 'stopped';
      logger.error(`${name} stopped unexpectedly (${String(reason)}).`);
      return;
    }
    this.current = 'restarting';
    logger.error(`${name} stopped unexpectedly (${String(reason)}); restarting it.`);
    let quietRetries = 0;
    for (let delay = 250; this.current === 'restarting'; delay = Math.min(delay * 2, 30_000)) {
      await sleep(delay);
      if (this.current !== 'restarting') return;
      try {
        const child = await launch();
        // stop() may have come while it was starting: then this child is not wanted.
        if (this.current !== 'restarting') return await stopChild(child, this.options.stopSignal, 15_000);
        await this.adopt(child);
        logger.info(`${name} is running again.`);
      } catch (error) {
        if (quietRetries++ === 0) logger.warn(`${name} did not restart yet (${explain?.(error) ?? String(error)}).`);
      }
    }
  }

  async stop(graceMs = 15_000): Promise<void> {
    this.current = 'stopped';
    this.unwatch();
    if (this.child) await stopChild(this.child, this.options.stopSignal, graceMs);
  }

  /** Kills the server at once, as a crash would (tests of supervision use it). */
  async kill(): Promise<void> {
    if (this.child) await stopChild(this.child, 'SIGKILL', 0);
  }
}

/**
 * First start on a free loopback port (or `fixed`, when a restart must keep its address). A free port can be
 * taken between asking and binding, so a start that failed on `clash` is tried twice more on another port.
 */
export async function startOnFreePort(props: {
  service: Supervised;
  fixed: number | undefined;
  use: (port: number) => void;
  clash: (error: unknown) => boolean;
}): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = props.fixed ?? (await freePort());
    props.use(port);
    try {
      await props.service.start();
      return port;
    } catch (error) {
      if (attempt < 3 && props.fixed === undefined && props.clash(error)) continue;
      throw error;
    }
  }
}
