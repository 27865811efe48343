import { Field, ID, InputType, Int } from 'type-graphql';
import { ThreadKind } from './thread.entity.js';

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
