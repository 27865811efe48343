import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { readableWhere } from '../content/content.policy.js';
import { Event, EventKind } from './event.entity.js';

type Direction = 'next' | 'previous';
const perRequest = { next: new WeakMap<Context, MeetingLoader>(), previous: new WeakMap<Context, MeetingLoader>() };
type MeetingLoader = DataLoader<Event, Event | null, string>;

/**
 * The published forum meeting right after (or before) each event that the viewer may read, by start time. One
 * statement for all events on a page: it reads the forum meetings beyond the outermost of them, which stays small
 * (two a year).
 */
function meetingLoader(ctx: Context, direction: Direction): MeetingLoader {
  let loader = perRequest[direction].get(ctx);
  if (!loader) {
    loader = new DataLoader<Event, Event | null, string>(
      async (events) => {
        const times = events.map((event) => event.startsAt.getTime());
        const next = direction === 'next';
        const bound = new Date(next ? Math.min(...times) : Math.max(...times));
        const where = {
          $and: [
            readableWhere<Event>(ctx.viewer),
            { kind: EventKind.FORUM_MEETING, publishedAt: { $ne: null } },
            { startsAt: next ? { $gt: bound } : { $lt: bound } },
          ],
        } as FilterQuery<Event>;
        const order = next ? 'asc' : 'desc';
        const meetings = await ctx.em.find(Event, where, { orderBy: { startsAt: order, id: order } });
        return events.map(
          (event) => meetings.find((m) => (next ? m.startsAt > event.startsAt : m.startsAt < event.startsAt)) ?? null,
        );
      },
      { cacheKeyFn: (event) => event.id },
    );
    perRequest[direction].set(ctx, loader);
  }
  return loader;
}

export const nextMeetingLoader = (ctx: Context): MeetingLoader => meetingLoader(ctx, 'next');
export const previousMeetingLoader = (ctx: Context): MeetingLoader => meetingLoader(ctx, 'previous');
