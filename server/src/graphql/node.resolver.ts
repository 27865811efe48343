import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';
import { BadUserInputError } from './errors.js';
import { decodeGlobalId } from './global-id.js';
import { Node } from './node.js';
import { loadNodes } from './node.service.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID; null when it does not exist or you may not see it.',
  })
  async node(@Arg('id', () => ID, { description: 'A global ID from this API.' }) id: string, @Ctx() ctx: Context) {
    const [found] = await loadNodes(ctx, [decodeGlobalId(id)]);
    return found ?? null;
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Several objects by global ID, in the order asked (at most 100); null for each one that does not exist or you may not see.',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Global IDs from this API.' }) ids: string[],
    @Ctx() ctx: Context,
  ) {
    if (ids.length > 100) throw new BadUserInputError('Ask for at most 100 ids at a time.', 'ids');
    return loadNodes(
      ctx,
      ids.map((id) => decodeGlobalId(id, undefined, 'ids')),
    );
  }
}
