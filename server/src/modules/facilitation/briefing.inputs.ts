import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A workshop’s facilitator briefing; replaces the current one.' })
export class WorkshopBriefingInput {
  @Field(() => ID, { description: 'The workshop’s ID.' })
  workshopId!: string;

  @Field(() => ID, { nullable: true, description: 'The member who facilitates (they may read the briefing early).' })
  facilitatorId?: string | null;

  @Field(() => String, { description: 'What the workshop should achieve.' })
  purpose!: string;

  @Field(() => String, { description: 'The running order with times.' })
  timing!: string;

  @Field(() => [String], { description: 'Discussion questions tied to the talk (at most 20).' })
  questions!: string[];

  @Field(() => String, { nullable: true, description: 'Materials to prepare or hand out.' })
  materials?: string;
}
