import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Invitation, Session } from '../auth/auth.entities.js';
import type { Viewer } from '../auth/viewer.js';
import { Case } from '../case/case.entity.js';
import { readableWhere } from '../content/content.policy.js';
import type { Logger } from '../../platform/logger.js';

/** Drafts nobody has touched for this long are shown to their organisation and to editors as stale. */
export function staleDraftsWhere(viewer: Viewer, months: number, now = new Date()): FilterQuery<Case> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return {
    $and: [readableWhere<Case>(viewer), { publishedAt: null, updatedAt: { $lt: cutoff } }],
  };
}

/** Purges what has run out: expired sessions, and invitations that were used or expired. */
export async function purgeExpired(
  em: EntityManager,
  now = new Date(),
): Promise<{ sessions: number; invitations: number }> {
  const sessions = await em.nativeDelete(Session, { expiresAt: { $lt: now } });
  const invitations = await em.nativeDelete(Invitation, {
    $or: [{ expiresAt: { $lt: now } }, { acceptedAt: { $ne: null } }],
  });
  return { sessions, invitations };
}

/** Runs the purge at start-up and then hourly, until stopped. */
export function scheduleRetention(em: EntityManager, logger: Logger): () => void {
  const run = () =>
    purgeExpired(em.fork()).then(
      (purged) => {
        if (purged.sessions + purged.invitations > 0) logger.info(purged, 'Purged expired sessions and invitations');
      },
      (error: unknown) => logger.error({ err: error }, 'Retention run failed'),
    );
  void run();
  const timer = setInterval(() => void run(), 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
