import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection.js';
import {
  CaseConnection,
  MethodConnection,
  StudyConnection,
  TalkConnection,
  TopicConnection,
} from '../../graphql/connections.js';
import type { Context } from '../../graphql/context.js';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { selects } from '../../graphql/selection.js';
import { Case } from '../case/case.entity.js';
import { nestedConnection } from '../content/nested.js';
import { Study } from '../evidence/study.entity.js';
import { Method } from '../method/method.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { Topic } from './topic.entity.js';

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
    return paginate(ctx.em, Topic, where, { nameDa: 'asc', id: 'asc' }, args, selects(info, 'totalCount'));
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
    return root.parent ? ctx.loaders.byId(Topic).load(root.parent.id) : null;
  }

  @FieldResolver(() => TopicConnection, { description: 'The narrower topics below this one.' })
  children(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Topic, back: 'parent', parentId: root.id, args });
  }

  @FieldResolver(() => CaseConnection, { description: 'Practice examples filed directly under this topic.' })
  cases(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Case, back: 'topics', parentId: root.id, args });
  }

  @FieldResolver(() => MethodConnection, { description: 'Methods filed directly under this topic.' })
  methods(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Method, back: 'topics', parentId: root.id, args });
  }

  @FieldResolver(() => StudyConnection, { description: 'Studies filed directly under this topic.' })
  studies(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Study, back: 'topics', parentId: root.id, args });
  }

  @FieldResolver(() => TalkConnection, { description: 'Talks filed directly under this topic.' })
  talks(@Root() root: Topic, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return nestedConnection(ctx, { child: Talk, back: 'topics', parentId: root.id, args });
  }
}
