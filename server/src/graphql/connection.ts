import {
  Cursor,
  type EntityManager,
  type EntityName,
  type FilterQuery,
  type QueryOrderMap,
} from '@mikro-orm/postgresql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in a list, for fetching the next or previous page.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first item; pass it as `before` for the previous page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Return the last n items (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionValue<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/** Checked page arguments: exactly one of first/last is set. */
export interface PageWindow {
  first: number | null;
  last: number | null;
  after: string | null;
  before: string | null;
}

export function pageWindow(args: ConnectionArgs): PageWindow {
  const check = (name: 'first' | 'last', value: number | null | undefined): number | null => {
    if (value === null || value === undefined) return null;
    if (value < 0) throw new BadUserInputError(`\`${name}\` must not be negative.`, name);
    if (value > MAX_PAGE_SIZE)
      throw new BadUserInputError(
        `\`${name}\` may be at most ${MAX_PAGE_SIZE}; page through larger lists with \`after\`.`,
        name,
      );
    return value;
  };
  const first = check('first', args.first);
  const last = check('last', args.last);
  if (first !== null && last !== null) throw new BadUserInputError('Pass either `first` or `last`, not both.', 'last');
  for (const name of ['after', 'before'] as const) {
    const value = args[name];
    if (value && value.length > 500) throw new BadUserInputError(`\`${name}\` is not a cursor from this list.`, name);
  }
  return {
    first: first === null && last === null ? DEFAULT_PAGE_SIZE : first,
    last,
    after: args.after ?? null,
    before: args.before ?? null,
  };
}

/** What a keyset cursor may hold for one sort key, as PostgreSQL will compare it. */
export type CursorKey = 'uuid' | 'timestamp' | 'day' | 'smallint' | 'integer' | 'number' | 'boolean' | 'string';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER_LIMITS: Partial<Record<CursorKey, number>> = { smallint: 32_767, integer: 2_147_483_647 };

/** The cursor key of each sort property, from the entity's metadata (a property we cannot type is a string). */
export function cursorKeys<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  orderBy: QueryOrderMap<T>,
): CursorKey[] {
  const meta = em.getMetadata().find(entity);
  return Object.keys(orderBy).map((key) => {
    const prop = meta?.properties[key as keyof typeof meta.properties] as
      { type?: unknown; runtimeType?: unknown; columnTypes?: string[] } | undefined;
    const declared = prop?.columnTypes?.[0] ?? (typeof prop?.type === 'string' ? prop.type : '');
    const type = declared.toLowerCase();
    if (type === 'uuid') return 'uuid';
    if (type === 'date') return 'day';
    if (prop?.runtimeType === 'Date' || /timestamp|datetime/.test(type)) return 'timestamp';
    if (type === 'smallint' || type === 'int2') return 'smallint';
    if (/^(int|integer|int4|serial)$/.test(type)) return 'integer';
    if (prop?.runtimeType === 'number') return 'number';
    if (prop?.runtimeType === 'boolean') return 'boolean';
    return 'string';
  });
}

/** Whether a decoded cursor value can be compared with a column of this kind without a database error. */
function fits(key: CursorKey, value: unknown): boolean {
  switch (key) {
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamp':
      // Cursor.decode turns ISO strings into Dates; PostgreSQL has no year 0 and no year past 294276.
      return value instanceof Date && value.getUTCFullYear() >= 1 && value.getUTCFullYear() <= 9999;
    case 'day':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
    case 'smallint':
    case 'integer':
      return Number.isInteger(value) && Math.abs(value as number) <= INTEGER_LIMITS[key]!;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      // PostgreSQL text cannot hold NUL.
      return typeof value === 'string' && value.length <= 1000 && !value.includes('\u0000');
  }
}

/**
 * Throws BAD_USER_INPUT unless `after`/`before` are keyset cursors as MikroORM's `Cursor` encodes them: one value
 * per sort key, each of the key's type. A crafted cursor (an object where an operator could hide, a string for a
 * date, a number out of the column's range) is refused here instead of failing in the database.
 */
export function checkCursors(window: PageWindow, keys: readonly CursorKey[]): void {
  for (const name of ['after', 'before'] as const) {
    const value = window[name];
    if (value === null) continue;
    let decoded: unknown;
    try {
      decoded = Cursor.decode(value);
    } catch {
      decoded = null;
    }
    if (!Array.isArray(decoded) || decoded.length !== keys.length || !decoded.every((v, i) => fits(keys[i]!, v))) {
      throw new BadUserInputError(`\`${name}\` is not a cursor from this list (was the order changed?).`, name);
    }
  }
}

/** Builds the `XConnection` and `XEdge` object types for a node type (a class, or a union: pass `T` then). */
export function connectionType<T extends object>(node: ClassType<T> | object, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque position of this item; pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items on this page, with cursors.' })
    edges!: EdgeType[];

    @Field(() => [node], { description: 'The items on this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page sits in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has, across all pages (only what you may see).' })
    totalCount!: number;
  }
  return ConnectionType;
}

/**
 * A page of a root list with keyset cursors (MikroORM's findByCursor): stable under inserts, fast deep in a list.
 * `orderBy` must end with a unique key. The count query runs only when the client asked for `totalCount`.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  args: ConnectionArgs,
  withCount: boolean,
): Promise<ConnectionValue<T>> {
  const window = pageWindow(args);
  checkCursors(window, cursorKeys(em, entity, orderBy));
  const cursor = await em.findByCursor(entity, where, {
    first: window.first ?? undefined,
    last: window.last ?? undefined,
    after: window.after ?? undefined,
    before: window.before ?? undefined,
    orderBy: orderBy as never,
    includeCount: withCount,
  });
  const nodes = [...cursor.items] as T[];
  const edges = nodes.map((node) => ({ cursor: cursor.from(node), node }));
  return {
    edges,
    nodes,
    totalCount: withCount ? (cursor.totalCount ?? 0) : null,
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
