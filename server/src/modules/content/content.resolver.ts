import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withUserErrors } from '../../graphql/payload.js';
import { deleteNode, setPublished } from './content.commands.js';
import { DeletePayload, PublishPayload } from './content.types.js';

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
