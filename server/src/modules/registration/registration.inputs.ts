import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'How many seats an event has.' })
export class EventSeatsInput {
  @Field(() => ID, { description: 'The event’s ID.' })
  eventId!: string;

  @Field(() => Int, { nullable: true, description: 'Total seats; null for no limit.' })
  capacity!: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats one organisation may hold; null for no limit.' })
  seatsPerOrganisation!: number | null;
}
