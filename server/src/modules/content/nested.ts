import type { FilterQuery } from '@mikro-orm/postgresql';
import type { ConnectionArgs, ConnectionValue } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { NestedSpec } from '../../graphql/nested-connection.js';
import { shapeOf, type EntityClass, type NestedList, type Reference } from '../../graphql/read/registry.js';
import { Case } from '../case/case.entity.js';
import { Event, Workshop } from '../event/event.entity.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { Study } from '../evidence/study.entity.js';
import { ApiToken } from '../auth/auth.entities.js';
import { Comment } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { Member } from '../member/member.entity.js';
import { Method } from '../method/method.entity.js';
import { MethodParty } from '../method/method-party.entity.js';
import { WorkshopOutput } from '../outcome/output.entity.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Membership } from '../organisation/organisation.entity.js';
import { ContentEntity } from './content.entity.js';
import { readableWhere } from './content.policy.js';

type Child =
  | Case
  | Method
  | Study
  | Talk
  | Workshop
  | Report
  | Event
  | Topic
  | EvidenceRating
  | Membership
  | Member
  | ApiToken
  | Comment
  | WorkshopOutput;

/** The default order of each kind of nested list. */
const ORDER = new Map<unknown, NestedSpec<object>['orderBy']>([
  [Case, [['year', 'desc']]],
  [
    Method,
    [
      ['evidence_score', 'desc'],
      ['name', 'asc'],
    ],
  ],
  [Study, [['year', 'desc']]],
  [Talk, [['starts_at', 'asc']]],
  [Workshop, [['starts_at', 'asc']]],
  [Report, [['published_on', 'desc']]],
  [Event, [['starts_at', 'desc']]],
  [Topic, [['name_da', 'asc']]],
  [EvidenceRating, [['rated_on', 'desc']]],
  [Membership, [['year', 'desc']]],
  [Member, [['name', 'asc']]],
  [ApiToken, [['created_at', 'desc']]],
  [Comment, [['created_at', 'asc']]],
  [Thread, [['last_activity_at', 'desc']]],
  [WorkshopOutput, [['created_at', 'desc']]],
  [MethodParty, [['position', 'asc']]],
]);

/**
 * A nested connection such as `method.cases`: `back` is the child's property pointing at the parent. Content
 * children are narrowed to what the viewer may read; topics, ratings and memberships follow their parent.
 */
export function nestedConnection<C extends Child>(
  ctx: Context,
  props: { child: new () => C; back: string; parentId: string; args: ConnectionArgs; where?: FilterQuery<C> },
): Promise<ConnectionValue<C>> {
  const { child, back, parentId, args } = props;
  const spec = nestedSpec<C>(ctx, { child, back, where: () => props.where });
  return ctx.loaders.page(`${child.name}.${back}:${JSON.stringify(props.where ?? {})}`, spec, args).load(parentId);
}

/**
 * The one definition of a nested list's rows, for both read paths (the batched loader and the compiled SQL):
 * content children are narrowed to what the viewer may read; topics, ratings and memberships follow their parent.
 */
export function nestedSpec<C extends object>(ctx: Context, list: NestedList): NestedSpec<C> {
  const isContent = list.readable === true || list.child.prototype instanceof ContentEntity;
  const extra = list.where?.(ctx);
  const parts = [...(isContent ? [readableWhere(ctx.viewer)] : []), ...(extra ? [extra] : [])] as FilterQuery<C>[];
  return {
    child: list.child as never,
    back: list.back,
    orderBy: ORDER.get(list.child) ?? [],
    where: (parts.length ? { $and: parts } : {}) as FilterQuery<C>,
  };
}

type PageLoader = (ctx: Context, parentId: string, args: ConnectionArgs) => Promise<ConnectionValue<object>>;

/**
 * Declares a type's nested lists once: the compiled read path nests them into the parent's SQL statement, and
 * the returned loaders serve the field resolvers when a parent comes from elsewhere (a mutation payload, `node`).
 */
export function nestedLists<K extends string>(
  parent: EntityClass,
  lists: Record<K, NestedList>,
): Record<K, PageLoader> {
  const loaders = {} as Record<K, PageLoader>;
  for (const field of Object.keys(lists) as K[]) {
    const list = lists[field];
    shapeOf(parent).nested.set(field, list);
    loaders[field] = (ctx, parentId, args) =>
      ctx.loaders
        .page(`${list.child.name}.${list.back}:${parent.name}.${field}`, nestedSpec(ctx, list), args)
        .load(parentId);
  }
  return loaders;
}

type ReferenceLoader = (ctx: Context, root: object) => Promise<object | null>;

/** Declares a type's to-one fields (e.g. `case.organisation`), like `nestedLists`. */
export function references<K extends string>(
  parent: EntityClass,
  refs: Record<K, Reference>,
): Record<K, ReferenceLoader> {
  const loaders = {} as Record<K, ReferenceLoader>;
  for (const field of Object.keys(refs) as K[]) {
    const ref = refs[field];
    shapeOf(parent).references.set(field, ref);
    loaders[field] = async (ctx, root) => {
      const value = (root as Record<string, unknown>)[ref.property] as { id: string } | string | null | undefined;
      const id = typeof value === 'string' ? value : value?.id;
      if (!id) return null;
      return ctx.loaders.byId(ref.target as never, (ref.where?.(ctx.viewer) ?? {}) as never).load(id);
    };
  }
  return loaders;
}
