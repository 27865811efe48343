import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import { UserError } from '../../graphql/payload.js';
import { contentTypes } from '../module.js';
import { ContentEntity } from './content.entity.js';

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

/** Content of any type (each module's entities that extend `ContentEntity`): it has a publication state. */
export type ContentItemValue = ContentEntity;

export const ContentItem = createUnionType({
  name: 'ContentItem',
  description: 'Knowledge content of any type: a case, method, study, event, talk, workshop or report.',
  types: () => [...contentTypes().values()],
  resolveType: (value) => value.constructor.name,
});
export const ContentItemConnection = connectionType<ContentItemValue>(
  ContentItem,
  'ContentItem',
  'A page of content of mixed types.',
);
