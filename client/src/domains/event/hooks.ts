import { createQuery } from '@urql/solid';
import type { EventsQueryVariables } from '../../graphql/generated/graphql';
import { EventPageDoc, EventsDoc, MeetingsFromDoc } from './graphql';

export function createEventPage(slug: () => string) {
  return createQuery({ query: EventPageDoc, variables: () => ({ slug: slug() }) });
}

export function createEventList(variables: () => EventsQueryVariables) {
  return createQuery({ query: EventsDoc, variables });
}

/** The meetings from a date on (the one shown and those after it). */
export function createMeetingsFrom(from: () => string) {
  return createQuery({ query: MeetingsFromDoc, variables: () => ({ from: from() }) });
}
