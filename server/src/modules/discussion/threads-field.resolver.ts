import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { EntityClass } from '../../graphql/read/registry.js';
import { Case } from '../case/case.entity.js';
import { nestedLists } from '../content/nested.js';
import { Event, Workshop } from '../event/event.entity.js';
import { Study } from '../evidence/study.entity.js';
import { Method } from '../method/method.entity.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { ThreadConnection } from './discussion.types.js';
import { Thread } from './thread.entity.js';

/**
 * `threads` on each discussable content type: the discussions about this item, most recently active first (the
 * same threads as `threads(about:)`), so a page can read an item and its discussions in one request — and the
 * compiled read path in one statement. Threads mirror their subject's visibility; the read rule applies to them.
 */
function threadsField(subject: EntityClass) {
  const lists = nestedLists(subject, {
    threads: {
      child: Thread,
      back: 'subjectId',
      readable: true,
      where: () => ({ subjectType: subject.name }),
    },
  });

  @Resolver(() => subject)
  class ThreadsFieldResolver {
    @FieldResolver(() => ThreadConnection, {
      description: 'Discussions about this item that you may read, most recently active first (members).',
    })
    threads(@Root() root: { id: string }, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
      return lists.threads(ctx, root.id, args);
    }
  }
  return ThreadsFieldResolver;
}

export const ThreadsFieldResolvers = [Case, Method, Study, Talk, Event, Workshop, Report].map(threadsField);
