import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../platform/logger.js';
import { queueDueDigests } from './digest-schedule.js';
import { pruneMail } from './prune.js';
import { deliverDue } from './sender.js';
import type { MailTransport } from './transport.js';

export interface MailerOptions {
  em: EntityManager;
  transport: MailTransport;
  baseUrl: string;
  logger: Logger;
  /** How often the outbox is looked at. */
  pollMs?: number;
  /** How often due digests are queued. */
  digestEveryMs?: number;
}

/**
 * The mail sender loop: queues due digests now and then and drains the mail outbox. Errors (PostgreSQL down) are
 * logged and the loop waits longer before the next round; messages wait in the outbox meanwhile.
 */
export function startMailer(options: MailerOptions): { stop(): Promise<void> } {
  const { em, logger } = options;
  const pollMs = options.pollMs ?? 1000;
  const digestEveryMs = options.digestEveryMs ?? 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastDigestRun = 0;
  let failures = 0;

  const round = async () => {
    if (Date.now() - lastDigestRun >= digestEveryMs) {
      lastDigestRun = Date.now();
      const queued = await queueDueDigests(em.fork());
      if (queued > 0) logger.info({ queued }, 'Queued digest emails');
      await pruneMail(em.fork());
    }
    // Drain what is due, a bounded number of batches per round so stopping stays quick.
    for (let batch = 0; batch < 10 && !stopped; batch++) {
      const result = await deliverDue({ em, transport: options.transport, baseUrl: options.baseUrl, logger });
      if (result.sent + result.skipped + result.retried + result.failed === 0) break;
    }
  };

  const schedule = () => {
    if (stopped) return;
    const wait = failures > 0 ? Math.min(pollMs * 2 ** failures, 60_000) : pollMs;
    timer = setTimeout(() => {
      running = round().then(
        () => {
          failures = 0;
        },
        (error: unknown) => {
          failures = Math.min(failures + 1, 10);
          logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'Mail sender round failed');
        },
      );
      void running.then(schedule);
    }, wait);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      options.transport.close();
    },
  };
}
