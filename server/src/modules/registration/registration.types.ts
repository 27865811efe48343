import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { UserError } from '../../graphql/payload.js';
import { Event } from '../event/event.entity.js';
import { Registration } from './registration.entity.js';

export const RegistrationConnection = connectionType(
  Registration,
  'Registration',
  'A page of registrations for a meeting, in the order they came in.',
);

@ObjectType({ description: 'Your registration after registering or cancelling.' })
export class RegistrationPayload {
  @Field(() => Registration, { nullable: true, description: 'The registration.' })
  registration?: Registration | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The event after its seats were set.' })
export class EventSeatsPayload {
  @Field(() => Event, { nullable: true, description: 'The event.' })
  event?: Event | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
