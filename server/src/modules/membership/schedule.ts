import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../platform/logger.js';
import { markLapsed, sendRenewalReminders } from './renewal.commands.js';
import type { MembershipSettings } from './settings.js';

/**
 * The membership year's periodic work, at start-up and then hourly: reminders to renew and marking lapsed years.
 * Both are idempotent, so several server processes running them at once only repeat a no-op.
 */
export function scheduleMembershipYear(em: EntityManager, settings: MembershipSettings, logger: Logger): () => void {
  const run = async () => {
    try {
      const lapsed = await markLapsed(em.fork());
      const reminded = await sendRenewalReminders(em.fork(), settings);
      if (lapsed + reminded > 0) logger.info({ lapsed, reminded }, 'Membership year: lapsed and reminded');
    } catch (error) {
      logger.error({ err: error }, 'Membership year run failed');
    }
  };
  void run();
  const timer = setInterval(() => void run(), 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
