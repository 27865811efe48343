import { createMutation, createQuery } from '@urql/solid';
import {
  CancelRegistrationDoc,
  EventRegistrantsDoc,
  EventRegistrationDoc,
  MyMeetingsDoc,
  RegisterForEventDoc,
} from './graphql';

export function createEventRegistration(slug: () => string) {
  return createQuery({ query: EventRegistrationDoc, variables: () => ({ slug: slug() }) });
}

export function createRegister() {
  return createMutation(RegisterForEventDoc);
}

export function createCancelRegistration() {
  return createMutation(CancelRegistrationDoc);
}

/** Paused until an organiser opens the list: other members would only get FORBIDDEN. */
export function createRegistrants(slug: () => string, pause: () => boolean) {
  return createQuery({
    query: EventRegistrantsDoc,
    variables: () => ({ slug: slug() }),
    pause,
    requestPolicy: 'cache-and-network',
  });
}

export function createMyMeetings() {
  return createQuery({ query: MyMeetingsDoc, requestPolicy: 'cache-and-network' });
}

/** Organisers (editors and admins) see who registered and may download the list. */
export function isOrganiser(role: string | undefined): boolean {
  return role === 'EDITOR' || role === 'ADMIN';
}
