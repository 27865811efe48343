import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'What to share, and for how long.' })
export class CreateShareLinkInput {
  @Field(() => ID, { description: 'The talk’s or report’s ID.' })
  itemId!: string;

  @Field(() => Date, { nullable: true, description: 'When the link should stop working; never when left out.' })
  expiresAt?: Date | null;
}
