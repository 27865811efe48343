import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/payload.js';
import { Comment, Flag } from './comment.entity.js';
import { Thread, ThreadKind } from './thread.entity.js';

@InputType({ description: 'A new thread with its first comment.' })
export class StartThreadInput {
  @Field(() => ID, {
    description:
      'What the thread is about: a case, method, study, evidence rating, talk, event, workshop, workshop output, report or topic.',
  })
  about!: string;

  @Field(() => String, { description: 'The thread’s title.' })
  title!: string;

  @Field(() => String, {
    description: 'The first comment, in Markdown. Mention members as [@Name](mention:<member id>).',
  })
  body!: string;

  @Field(() => ThreadKind, {
    nullable: true,
    description: 'QUESTION lets you mark a reply as the answer (default DISCUSSION).',
  })
  kind?: ThreadKind | null;

  @Field(() => Int, { nullable: true, description: 'For talks: the second of the video the thread refers to.' })
  atSeconds?: number | null;
}

@InputType({ description: 'A comment in a thread, or a reply to a comment.' })
export class AddCommentInput {
  @Field(() => ID, { description: 'The thread.' })
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The comment this replies to, if any.' })
  parentId?: string | null;

  @Field(() => String, { description: 'The comment in Markdown.' })
  body!: string;
}

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
