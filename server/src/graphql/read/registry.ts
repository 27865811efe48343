import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Viewer } from '../../modules/auth/viewer.js';
import type { Context } from '../context.js';

/** An entity class (MikroORM entity, GraphQL object type of the same name). */
export type EntityClass<T extends object = object> = (abstract new () => T) & { name: string };

/** A nested list such as `case.methods`: the child entity and its property pointing back at the parent. */
export interface NestedList {
  child: EntityClass;
  /** A relation, or a plain id column such as a thread's `subjectId`. */
  back: string;
  /** Apply the content read rule to children that are not content but mirror it (threads). */
  readable?: boolean;
  /** Narrows the children beyond the read rule (e.g. top-level comments only). */
  where?: (ctx: Context) => FilterQuery<object> | undefined;
}

/** A to-one field such as `case.organisation`: the target entity and the parent's property that points at it. */
export interface Reference {
  target: EntityClass;
  property: string;
  /** Which targets may be shown (visibility); unreadable ones read as null. */
  where?: (viewer: Viewer) => FilterQuery<object>;
}

/**
 * A field computed from the row's own columns, written once in SQL beside the resolver that computes it from an
 * entity, so both read paths give the same answer. `column(name)` quotes a column of the row.
 */
export interface Computed {
  sql: (column: (name: string) => string, ctx: Context) => { sql: string; params: unknown[] };
}

/** Columns to order a list by (the id is added as the tie-breaker). */
export type ListOrder = [column: string, direction: 'asc' | 'desc'][];

export interface ReadShape {
  nested: Map<string, NestedList>;
  /** The default order when this entity is listed under a parent (declared by its module). */
  order: ListOrder;
  references: Map<string, Reference>;
  computed: Map<string, Computed>;
}

const shapes = new Map<EntityClass, ReadShape>();

export function shapeOf(entity: EntityClass): ReadShape {
  let shape = shapes.get(entity);
  if (!shape) {
    shape = { nested: new Map(), order: [], references: new Map(), computed: new Map() };
    shapes.set(entity, shape);
  }
  return shape;
}

/** Every entity class that registered a nested list, reference or computed field, and those they reach. */
export function registeredEntities(): EntityClass[] {
  return [...shapes.keys()];
}

/** Declares fields the compiler computes from the row in SQL (see `Computed`). */
export function computedFields(entity: EntityClass, fields: Record<string, Computed>): void {
  for (const [name, computed] of Object.entries(fields)) shapeOf(entity).computed.set(name, computed);
}
