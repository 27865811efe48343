import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { UserError } from '../../graphql/payload.js';
import { Comment, Flag } from './comment.entity.js';
import { Thread } from './thread.entity.js';

@ObjectType({ description: 'The thread after the change.' })
export class ThreadPayload {
  @Field(() => Thread, { nullable: true, description: 'The thread.' })
  thread?: Thread | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The comment after the change.' })
export class CommentPayload {
  @Field(() => Comment, { nullable: true, description: 'The comment.' })
  comment?: Comment | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The report that was filed.' })
export class FlagPayload {
  @Field(() => Flag, { nullable: true, description: 'The report.' })
  flag?: Flag | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Whether you now follow it.' })
export class FollowPayload {
  @Field(() => Boolean, { nullable: true, description: 'True when you follow it now.' })
  following?: boolean | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

export const ThreadConnection = connectionType(Thread, 'Thread', 'A page of discussion threads.');
export const CommentConnection = connectionType(Comment, 'Comment', 'A page of comments.');
export const FlagConnection = connectionType(Flag, 'Flag', 'A page of reported comments.');
