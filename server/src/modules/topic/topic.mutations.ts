import { Field, ID, InputType } from 'type-graphql';
import { payloadType } from '../../graphql/payload.js';
import { editingMutations } from '../content/editing.resolver.js';
import { createTopic, updateTopic } from './topic.commands.js';
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

export const TopicMutations = editingMutations({
  type: 'Topic',
  field: 'topic',
  Input: TopicInput,
  Payload: TopicPayload,
  create: { description: 'Adds a topic to the tree (editors).', run: createTopic },
  update: { description: 'Changes or moves a topic (editors).', run: updateTopic },
});
