import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { readPage } from '../../graphql/read/root.js';
import { Case } from '../case/case.entity.js';
import { CaseConnection } from '../case/case.types.js';
import { editingMutations } from '../content/editing.resolver.js';
import { nestedLists, references } from '../content/nested.js';
import { StudyConnection } from '../evidence/evidence.types.js';
import { Study } from '../evidence/study.entity.js';
import { Method } from '../method/method.entity.js';
import { MethodConnection } from '../method/method.types.js';
import { Talk } from '../talk/talk.entity.js';
import { TalkConnection } from '../talk/talk.types.js';
import { createTopic, updateTopic } from './topic.commands.js';
import { Topic } from './topic.entity.js';
import { TopicInput } from './topic.inputs.js';
import { TopicConnection, TopicPayload } from './topic.types.js';

const topicLists = nestedLists(Topic, {
  children: { child: Topic, back: 'parent' },
  cases: { child: Case, back: 'topics' },
  methods: { child: Method, back: 'topics' },
  studies: { child: Study, back: 'topics' },
  talks: { child: Talk, back: 'topics' },
});

const topicRefs = references(Topic, {
  parent: { target: Topic, property: 'parent' },
});

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: 'Topics by Danish name; the top of the tree unless `parent` is given.' })
  topics(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('parent', () => ID, { nullable: true, description: 'Only the direct children of this topic.' })
    parent: string | null,
    @Arg('all', () => Boolean, { defaultValue: false, description: 'Every topic at every level, ignoring `parent`.' })
    everything: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const where = everything ? {} : { parent: parent ? decodeGlobalId(parent, ['Topic'], 'parent').id : null };
    return readPage(ctx, info, Topic, where, { nameDa: 'asc', id: 'asc' }, args);
  }

  @Query(() => Topic, { nullable: true, description: 'A topic by its slug.' })
  topic(
    @Arg('slug', () => String, { description: 'The stable key shown in the item’s URL.' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.findOne(Topic, { slug });
  }

  @FieldResolver(() => Topic, { nullable: true, description: 'The broader topic above this one.' })
  parent(@Root() root: Topic, @Ctx() ctx: Context) {
    return topicRefs.parent(ctx, root);
  }

  @FieldResolver(() => TopicConnection, { description: 'The narrower topics below this one.' })
  children(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return topicLists.children(ctx, root.id, args);
  }

  @FieldResolver(() => CaseConnection, { description: 'Practice examples filed directly under this topic.' })
  cases(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return topicLists.cases(ctx, root.id, args);
  }

  @FieldResolver(() => MethodConnection, { description: 'Methods filed directly under this topic.' })
  methods(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return topicLists.methods(ctx, root.id, args);
  }

  @FieldResolver(() => StudyConnection, { description: 'Studies filed directly under this topic.' })
  studies(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return topicLists.studies(ctx, root.id, args);
  }

  @FieldResolver(() => TalkConnection, { description: 'Talks filed directly under this topic.' })
  talks(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return topicLists.talks(ctx, root.id, args);
  }
}

export const TopicMutations = editingMutations({
  type: 'Topic',
  field: 'topic',
  Input: TopicInput,
  Payload: TopicPayload,
  create: { description: 'Adds a topic to the tree (editors).', run: createTopic },
  update: { description: 'Changes or moves a topic (editors).', run: updateTopic },
});
