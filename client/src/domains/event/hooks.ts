import { createQuery } from '@urql/solid';
import type { EventsQueryVariables } from '../../graphql/generated/graphql';
import { EventPageDoc, EventsDoc } from './graphql';

export function createEventPage(slug: () => string) {
  return createQuery({ query: EventPageDoc, variables: () => ({ slug: slug() }) });
}

export function createEventList(variables: () => EventsQueryVariables) {
  return createQuery({ query: EventsDoc, variables });
}
