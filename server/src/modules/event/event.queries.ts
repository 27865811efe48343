import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import type { Viewer } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { all, publishedWhere, relatedWhere, topicWhere } from '../content/content.queries.js';
import type { Talk } from '../talk/talk.entity.js';
import type { Workshop } from './event.entity.js';
import { Event, EventKind } from './event.entity.js';
import type { EventFilter, TalkFilter, WorkshopFilter } from './event.inputs.js';

export async function eventWhere(props: {
  em: EntityManager;
  viewer: Viewer;
  filter?: EventFilter | null;
}): Promise<FilterQuery<Event>> {
  const { em, viewer, filter } = props;
  const parts: FilterQuery<Event>[] = [readableWhere<Event>(viewer)];
  if (filter) {
    parts.push(...publishedWhere<Event>(filter.published), ...(await topicWhere<Event>(em, filter.topic)));
    if (filter.kind) parts.push({ kind: filter.kind });
    if (filter.from) parts.push({ endsAt: { $gte: filter.from } });
    if (filter.to) parts.push({ startsAt: { $lte: filter.to } });
  }
  return all(parts);
}

export async function talkWhere(props: {
  em: EntityManager;
  viewer: Viewer;
  filter?: TalkFilter | null;
}): Promise<FilterQuery<Talk>> {
  const { em, viewer, filter } = props;
  const parts: FilterQuery<Talk>[] = [readableWhere<Talk>(viewer)];
  if (filter) {
    parts.push(...publishedWhere<Talk>(filter.published), ...(await topicWhere<Talk>(em, filter.topic)));
    parts.push(...relatedWhere<Talk>('methods', filter.method, 'Method', 'method'));
    if (filter.event) parts.push({ event: decodeGlobalId(filter.event, ['Event'], 'event').id });
  }
  return all(parts);
}

export function workshopWhere(props: { viewer: Viewer; filter?: WorkshopFilter | null }): FilterQuery<Workshop> {
  const { viewer, filter } = props;
  const parts: FilterQuery<Workshop>[] = [
    readableWhere<Workshop>(viewer),
    ...publishedWhere<Workshop>(filter?.published),
  ];
  if (filter?.event) parts.push({ event: decodeGlobalId(filter.event, ['Event'], 'event').id });
  if (filter?.talk) parts.push({ talk: decodeGlobalId(filter.talk, ['Talk'], 'talk').id });
  return all(parts);
}

export const nextMeetingLoader = (ctx: Context): MeetingLoader => meetingLoader(ctx, 'next');
export const previousMeetingLoader = (ctx: Context): MeetingLoader => meetingLoader(ctx, 'previous');
export type Direction = 'next' | 'previous';
export const perRequest = {
  next: new WeakMap<Context, MeetingLoader>(),
  previous: new WeakMap<Context, MeetingLoader>(),
};
export type MeetingLoader = DataLoader<Event, Event | null, string>;
/**
 * The published forum meeting right after (or before) each event that the viewer may read, by start time. One
 * statement for all events on a page: it reads the forum meetings beyond the outermost of them, which stays small
 * (two a year).
 */
export function meetingLoader(ctx: Context, direction: Direction): MeetingLoader {
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
