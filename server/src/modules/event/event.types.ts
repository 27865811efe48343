import { connectionType } from '../../graphql/connection.js';
import { payloadType } from '../../graphql/payload.js';
import { Event, Workshop } from './event.entity.js';

export const EventPayload = payloadType(Event, 'event', {
  name: 'EventPayload',
  description: 'The event after the change.',
  fieldDescription: 'The event.',
});
export const WorkshopPayload = payloadType(Workshop, 'workshop', {
  name: 'WorkshopPayload',
  description: 'The workshop after the change.',
  fieldDescription: 'The workshop.',
});

export const EventConnection = connectionType(Event, 'Event', 'A page of events.');
export const WorkshopConnection = connectionType(Workshop, 'Workshop', 'A page of workshops.');
