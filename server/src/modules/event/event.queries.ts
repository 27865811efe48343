import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import type { Viewer } from '../auth/viewer.js';
import { readableWhere } from '../content/content.policy.js';
import { all, publishedWhere, relatedWhere, topicWhere } from '../content/content.queries.js';
import type { Talk } from '../talk/talk.entity.js';
import type { Event, Workshop } from './event.entity.js';
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
