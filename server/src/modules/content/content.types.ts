import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { UserError } from '../../graphql/payload.js';

@ObjectType({ description: 'The content after publishing or unpublishing it.' })
export class PublishPayload {
  @Field(() => Node, { nullable: true, description: 'The content, with its new publication state.' })
  node?: object | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
@ObjectType({ description: 'The result of deleting something.' })
export class DeletePayload {
  @Field(() => ID, { nullable: true, description: 'The ID of what was deleted.' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}
