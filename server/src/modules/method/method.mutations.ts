import { Field, ID, InputType, Int } from 'type-graphql';
import { payloadType } from '../../graphql/payload.js';
import { editingMutations } from '../content/editing-mutations.js';
import { TargetGroup, Visibility } from '../content/enums.js';
import { createMethod, updateMethod } from './method.editing.js';
import { Method } from './method.entity.js';

@InputType({ description: 'A method (intervention). On update, fields left out stay as they are.' })
export class MethodInput {
  @Field(() => String, { nullable: true, description: 'URL key; made from the name when left out.' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'The name used in Denmark (required when creating).' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'The original name, for methods from abroad.' })
  originalName?: string | null;

  @Field(() => String, { nullable: true, description: 'One or two sentences (required when creating).' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'The description in Markdown (required when creating).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'The country the method comes from.' })
  origin?: string | null;

  @Field(() => String, { nullable: true, description: 'The method’s website (http or https).' })
  website?: string | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Who the method is for.' })
  targetGroups?: TargetGroup[];

  @Field(() => Int, { nullable: true, description: 'The youngest age the method is meant for.' })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'The oldest age the method is meant for.' })
  ageMax?: number | null;

  @Field(() => Visibility, { nullable: true, description: 'Who may read it once published (default PUBLIC).' })
  visibility?: Visibility;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that owns it (needed for ORGANISATION visibility); null for the forum’s own.',
  })
  owner?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Topics to file it under (replaces the current ones).' })
  topics?: string[];

  @Field(() => [ID], { nullable: true, description: 'Studies of the method (replaces the current ones).' })
  studies?: string[];
}

export const MethodPayload = payloadType(Method, 'method', {
  name: 'MethodPayload',
  description: 'The method after the change.',
  fieldDescription: 'The method.',
});

export const MethodMutations = editingMutations({
  type: 'Method',
  field: 'method',
  Input: MethodInput,
  Payload: MethodPayload,
  create: { description: 'Creates a method as a draft (editors).', run: createMethod },
  update: { description: 'Changes a method (editors).', run: updateMethod },
});
