import { Field, ID, InputType } from 'type-graphql';

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
