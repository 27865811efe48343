import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { buildDigest, DIGEST_DAYS } from './digest.queries.js';
import { Digest } from './digest.types.js';

@Resolver(() => Digest)
export class DigestResolver {
  @Query(() => Digest, { description: 'Your digest: what is new for you (signed-in members; weekly by default).' })
  digest(
    @Arg('since', () => Date, {
      nullable: true,
      description: `The start of the period; ${DIGEST_DAYS} days ago when left out.`,
    })
    since: Date | null,
    @Ctx() ctx: Context,
  ) {
    return buildDigest({ em: ctx.em, viewer: ctx.viewer, since });
  }
}
