import type { FilterQuery } from '@mikro-orm/postgresql';
import type { ConnectionArgs, ConnectionValue } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { NestedSpec } from '../../graphql/nested-connection.js';
import { shapeOf, type EntityClass, type NestedList, type Reference } from '../../graphql/read/registry.js';
import { ContentEntity } from './content.entity.js';
import { readableWhere } from './content.policy.js';

/**
 * A nested connection such as `method.cases`: `back` is the child's property pointing at the parent. Content
 * children are narrowed to what the viewer may read; topics, ratings and memberships follow their parent.
 */
export function nestedConnection<C extends object>(
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
    // Each module declares its entities' list order (`listOrders` in <domain>.module.ts).
    orderBy: shapeOf(list.child).order,
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
