import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Node } from '../../graphql/node.js';
import { UserError, withUserErrors } from '../../graphql/payload.js';
import { deleteNode, setPublished } from './editing.js';

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

@Resolver()
export class ContentMutations {
  @Mutation(() => PublishPayload, {
    description: 'Publishes a case, method, study, event, talk, workshop or report (editors).',
  })
  publish(@Arg('id', () => ID, { description: 'The content’s ID.' }) id: string, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({
      node: await setPublished({ em: ctx.em, viewer: ctx.viewer, id, published: true }),
    }));
  }

  @Mutation(() => PublishPayload, { description: 'Takes published content back to draft (editors).' })
  unpublish(@Arg('id', () => ID, { description: 'The content’s ID.' }) id: string, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({
      node: await setPublished({ em: ctx.em, viewer: ctx.viewer, id, published: false }),
    }));
  }

  @Mutation(() => DeletePayload, {
    description:
      'Deletes content, a topic or an evidence rating (editors; members may delete their own case proposals).',
  })
  deleteNode(@Arg('id', () => ID, { description: 'The ID of what to delete.' }) id: string, @Ctx() ctx: Context) {
    return withUserErrors(async () => ({ deletedId: await deleteNode({ em: ctx.em, viewer: ctx.viewer, id }) }));
  }
}
