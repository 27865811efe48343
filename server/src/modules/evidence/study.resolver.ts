import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { withUserErrors } from '../../graphql/payload.js';
import { readPage, readSingle } from '../../graphql/read/root.js';
import { readableWhere } from '../content/content.policy.js';
import { sent } from '../content/editing.js';
import { editingMutations } from '../content/editing.resolver.js';
import { nestedLists, references } from '../content/nested.js';
import { Method } from '../method/method.entity.js';
import { MethodConnection } from '../method/method.types.js';
import { Topic } from '../topic/topic.entity.js';
import { TopicConnection } from '../topic/topic.types.js';
import { EvidenceRating } from './evidence-rating.entity.js';
import { createEvidenceRating, createStudy, updateEvidenceRating, updateStudy } from './evidence.commands.js';
import { EvidenceRatingInput, StudyFilter, StudyInput, StudyOrder } from './evidence.inputs.js';
import { EvidenceRatingPayload, StudyConnection, StudyPayload } from './evidence.types.js';
import { SCHEME_HOME_PAGES } from './strength.js';
import { Study } from './study.entity.js';
import { studyOrder, studyWhere } from './study.queries.js';

const studyLists = nestedLists(Study, {
  methods: { child: Method, back: 'studies' },
  topics: { child: Topic, back: 'studies' },
});

@Resolver(() => Study)
export class StudyResolver {
  @Query(() => StudyConnection, { description: 'Studies, reviews and evaluations, filtered and sorted.' })
  async studies(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => StudyFilter, { nullable: true, description: 'Conditions every item must meet.' })
    filter: StudyFilter | null,
    @Arg('orderBy', () => StudyOrder, { nullable: true, description: 'How to sort the items.' })
    orderBy: StudyOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = await studyWhere({ em: ctx.em, viewer: ctx.viewer, filter });
    return readPage(ctx, info, Study, where, studyOrder(orderBy), args);
  }

  @Query(() => Study, { nullable: true, description: 'A study by its slug.' })
  study(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readSingle(ctx, info, Study, { $and: [{ slug }, readableWhere<Study>(ctx.viewer)] });
  }

  @FieldResolver(() => MethodConnection, { description: 'The methods the study examines.' })
  methods(@Root() root: Study, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return studyLists.methods(ctx, root.id, args);
  }

  @FieldResolver(() => TopicConnection, { description: 'The topics the study is filed under.' })
  topics(@Root() root: Study, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return studyLists.topics(ctx, root.id, args);
  }
}

const evidenceRatingRefs = references(EvidenceRating, {
  method: { target: Method, property: 'method', where: (viewer) => readableWhere<Method>(viewer) },
  study: { target: Study, property: 'study', where: (viewer) => readableWhere<Study>(viewer) },
});

@Resolver(() => EvidenceRating)
export class EvidenceRatingResolver {
  @FieldResolver(() => Method, { nullable: true, description: 'The rated method (null if you may not see it).' })
  method(@Root() root: EvidenceRating, @Ctx() ctx: Context) {
    return evidenceRatingRefs.method(ctx, root);
  }

  @FieldResolver(() => Study, { nullable: true, description: 'The study the rating rests on, if one is named.' })
  study(@Root() root: EvidenceRating, @Ctx() ctx: Context) {
    return evidenceRatingRefs.study(ctx, root);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where to read the rating at its source: its own page (`url`), else the link of the study it rests on (if you ' +
      'may read the study), else the scheme’s home page. Null only for a VIDENSBRO grade without a link.',
  })
  async sourceUrl(@Root() root: EvidenceRating, @Ctx() ctx: Context): Promise<string | null> {
    if (root.url) return root.url;
    const study = root.study
      ? await ctx.loaders.byId(Study, readableWhere<Study>(ctx.viewer)).load(root.study.id)
      : null;
    return study?.url ?? SCHEME_HOME_PAGES[root.scheme] ?? null;
  }
}

export const StudyMutations = editingMutations({
  type: 'Study',
  field: 'study',
  Input: StudyInput,
  Payload: StudyPayload,
  create: { description: 'Creates a study as a draft (editors).', run: createStudy },
  update: { description: 'Changes a study (editors).', run: updateStudy },
});
/** Ratings belong to a method, which createEvidenceRating names besides the input. */
@Resolver()
export class EvidenceMutations {
  @Mutation(() => EvidenceRatingPayload, {
    description: 'Rates a method on one scheme (editors); the method’s normalised strength follows.',
  })
  createEvidenceRating(
    @Arg('method', () => ID, { description: 'The rated method’s ID.' }) method: string,
    @Arg('input', () => EvidenceRatingInput, { description: 'The rating.' }) input: EvidenceRatingInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      evidenceRating: await createEvidenceRating({ em: ctx.em, viewer: ctx.viewer, method, input: sent(input) }),
    }));
  }

  @Mutation(() => EvidenceRatingPayload, { description: 'Changes a rating (editors); the method’s strength follows.' })
  updateEvidenceRating(
    @Arg('id', () => ID, { description: 'The rating’s ID.' }) id: string,
    @Arg('input', () => EvidenceRatingInput, { description: 'The fields to change.' }) input: EvidenceRatingInput,
    @Ctx() ctx: Context,
  ) {
    return withUserErrors(async () => ({
      evidenceRating: await updateEvidenceRating({ em: ctx.em, viewer: ctx.viewer, id, input: sent(input) }),
    }));
  }
}
