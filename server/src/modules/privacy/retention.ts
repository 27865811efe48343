import { Cursor, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { checkCursors, pageWindow, type ConnectionArgs, type ConnectionValue } from '../../graphql/connection.js';
import type { Logger } from '../../platform/logger.js';
import { Invitation, Session } from '../auth/auth.entities.js';
import type { Viewer } from '../auth/viewer.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableWhere } from '../content/content.policy.js';
import { type ContentItemValue } from '../content/content.types.js';
import { contentTypes } from '../module.js';

/** Drafts nobody has touched for this long are shown to their organisation and to editors as stale. */
export function staleDraftsWhere<T extends ContentEntity>(
  viewer: Viewer,
  months: number,
  now = new Date(),
): FilterQuery<T> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return {
    $and: [readableWhere<T>(viewer), { publishedAt: null, updatedAt: { $lt: cutoff } }],
  } as FilterQuery<T>;
}

/** Oldest change first; the same keys in every type, so one cursor pages all of them. */
const STALE_ORDER = { updatedAt: 'asc', id: 'asc' } as const;

function compareStale(a: ContentItemValue, b: ContentItemValue): number {
  return a.updatedAt.getTime() - b.updatedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A page of stale drafts of every content type, oldest change first. One keyset query per type (and one count per
 * type, only when `totalCount` is asked for), whatever the page size; the pages are merged here and cut to size. A
 * cursor is `[updatedAt, id]`, valid in every type's list, so `after`/`before` work across the merged list.
 */
export async function staleDrafts(props: {
  em: EntityManager;
  viewer: Viewer;
  months: number;
  args: ConnectionArgs;
  withCount: boolean;
  now?: Date;
}): Promise<ConnectionValue<ContentItemValue>> {
  const { em, viewer, months, args, withCount, now } = props;
  const window = pageWindow(args);
  // Every content type sorts by updatedAt (a timestamp) and id (a UUID).
  checkCursors(window, ['timestamp', 'uuid']);
  const pages: Cursor<ContentItemValue, never, '*', never, boolean>[] = await Promise.all(
    [...contentTypes().values()].map((type: new () => ContentItemValue) =>
      em.findByCursor<ContentItemValue, never, '*', never, boolean>(
        type,
        staleDraftsWhere<ContentItemValue>(viewer, months, now),
        {
          first: window.first ?? undefined,
          last: window.last ?? undefined,
          after: window.after ?? undefined,
          before: window.before ?? undefined,
          orderBy: STALE_ORDER,
          includeCount: withCount,
        },
      ),
    ),
  );
  const merged = pages.flatMap((page) => [...page.items]).sort(compareStale);
  const size = window.first ?? window.last ?? 0;
  const nodes = window.last !== null ? merged.slice(Math.max(merged.length - size, 0)) : merged.slice(0, size);
  const cut = merged.length > nodes.length;
  const edges = nodes.map((node) => ({ cursor: Cursor.encode([node.updatedAt, node.id]), node }));
  return {
    edges,
    nodes,
    totalCount: withCount ? pages.reduce((sum, page) => sum + (page.totalCount ?? 0), 0) : null,
    pageInfo: {
      hasNextPage: (window.last === null && cut) || pages.some((page) => page.hasNextPage),
      hasPreviousPage: (window.last !== null && cut) || pages.some((page) => page.hasPrevPage),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
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
