import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/payload.js';

@ObjectType({ description: 'The result of deleting an account.' })
export class DeleteAccountPayload {
  @Field(() => Boolean, { nullable: true, description: 'True when the account is gone.' })
  deleted?: boolean | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
