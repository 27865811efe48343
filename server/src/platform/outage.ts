import type { Logger } from './logger.js';

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, connection exceptions
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

const CONNECTION_MESSAGES =
  /Connection terminated|connection error|Timeout acquiring a connection|the database system is (starting up|shutting down)|Client was closed|Connection ended/i;

/** True when an error (anywhere in its cause chain) means PostgreSQL could not be reached, not a bad statement. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Remembers which dependencies are down, so an outage is logged once when it begins and once when it ends,
 * not once per failing request (a PostgreSQL outage under load wrote 3.3 MB of stack traces in 26 s).
 */
export class Outages {
  private readonly since = new Map<string, number>();

  constructor(private readonly logger: Logger) {}

  down(dependency: string, error: unknown): void {
    if (this.since.has(dependency)) return;
    this.since.set(dependency, Date.now());
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(`${dependency} is unreachable (${reason}); answering with a retryable error until it is back.`);
  }

  up(dependency: string): void {
    const since = this.since.get(dependency);
    if (since === undefined) return;
    this.since.delete(dependency);
    this.logger.info(`${dependency} is reachable again after ${((Date.now() - since) / 1000).toFixed(1)} s.`);
  }

  isDown(dependency: string): boolean {
    return this.since.has(dependency);
  }
}
