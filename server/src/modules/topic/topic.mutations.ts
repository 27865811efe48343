import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { payloadType, withUserErrors } from '../../graphql/payload.js';
import { sent } from '../content/drafts.js';
import { createTopic, updateTopic } from './topic.editing.js';
import { Topic } from './topic.entity.js';

@InputType({ description: 'A topic in the tree. On update, fields left out stay as they are.' })
export class TopicInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the Danish name when left out.' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'The Danish name (required when creating).' })
  nameDa?: string;

  @Field(() => String, { nullable: true, description: 'The English name (required when creating).' })
  nameEn?: string;

  @Field(() => String, { nullable: true, description: 'A Danish description of what it covers.' })
  descriptionDa?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The broader topic above it; null for the top of the tree. Never itself or a subtopic.',
  })
  parent?: string | null;
}

export const TopicPayload = payloadType(Topic, 'topic', {
  name: 'TopicPayload',
  description: 'The topic after the change.',
  fieldDescription: 'The topic.',
});

@Resolver()
export class TopicMutations {
  @Mutation(() => TopicPayload, { description: 'Adds a topic to the tree (editors).' })
  createTopic(@Arg('input', () => TopicInput, { description: 'The topic.' }) input: TopicInput, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({
      topic: await createTopic({ em: ctx.em, viewer: ctx.viewer, input: sent(input) }),
    }));
  }

  @Mutation(() => TopicPayload, { description: 'Changes or moves a topic (editors).' })
  updateTopic(
    @Arg('id', () => ID, { description: 'The topic’s ID.' }) id: string,
    @Arg('input', () => TopicInput, { description: 'The fields to change.' }) input: TopicInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      topic: await updateTopic({ em: ctx.em, viewer: ctx.viewer, id, input: sent(input) }),
    }));
  }
}
