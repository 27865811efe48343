import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, EventKind } from './event.entity.js';

const perRequest = new WeakMap<Context, DataLoader<Event, Event | null, string>>();

/**
 * The next published forum meeting after each event that the viewer may read, by start time. One statement for all
 * events on a page: it reads the forum meetings after the earliest of them, which stays small (two a year).
 */
export function nextMeetingLoader(ctx: Context): DataLoader<Event, Event | null, string> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader<Event, Event | null, string>(
      async (events) => {
        const earliest = new Date(Math.min(...events.map((event) => event.startsAt.getTime())));
        const where = {
          $and: [
            readableWhere<Event>(ctx.viewer),
            { kind: EventKind.FORUM_MEETING, publishedAt: { $ne: null }, startsAt: { $gt: earliest } },
          ],
        } as FilterQuery<Event>;
        const meetings = await ctx.em.find(Event, where, { orderBy: { startsAt: 'asc', id: 'asc' } });
        return events.map((event) => meetings.find((m) => m.startsAt > event.startsAt) ?? null);
      },
      { cacheKeyFn: (event) => event.id },
    );
    perRequest.set(ctx, loader);
  }
  return loader;
}
