import { Cursor, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import {
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import {
  checkCursors,
  cursorKeys,
  paginate,
  pageWindow,
  type ConnectionArgs,
  type ConnectionValue,
} from '../connection.js';
import type { Context } from '../context.js';
import { ReadCompiler } from './compile.js';
import { predicate } from './predicate.js';
import type { EntityClass } from './registry.js';
import { collect, type Selected } from './selection.js';
import { selects } from '../selection.js';
import { preparedRead } from '../../platform/prepared-read.js';

type Row = Record<string, unknown>;

/** MikroORM's keyset machinery (the same conditions and order `em.findByCursor` uses), typed for our use. */
interface CursorDriver {
  processCursorOptions(
    meta: unknown,
    options: { first?: number; last?: number; after?: string; before?: string; overfetch: boolean; limit?: number },
    orderBy: QueryOrderMap<object>,
  ): { orderBy: Record<string, string>[]; where: FilterQuery<object> };
}

/** The selection sets that apply to a connection's nodes: under `nodes` and under `edges { node }`. */
export function nodeSelections(
  info: GraphQLResolveInfo,
  connection: Map<string, Selected>,
): (SelectionSetNode | undefined)[] {
  const sets: (SelectionSetNode | undefined)[] = [];
  for (const part of connection.values()) {
    if (part.field.name === 'nodes') sets.push(...part.nodes.map((n) => n.selectionSet));
    if (part.field.name !== 'edges') continue;
    const edgeType = getNamedType(part.field.type) as GraphQLObjectType;
    for (const sub of collect(
      info,
      edgeType,
      part.nodes.map((n) => n.selectionSet),
    ).values())
      if (sub.field.name === 'node') sets.push(...sub.nodes.map((n) => n.selectionSet));
  }
  return sets;
}

/** On a read replica when the request may read there (platform/read-replicas.ts), else the primary. */
async function execute(ctx: Context, sql: string, params: unknown[]): Promise<Row[]> {
  return preparedRead<Row>(ctx.em, sql, params);
}

/**
 * A root list in ONE statement: the page (keyset cursors exactly as `paginate` makes them), its nodes built as
 * JSON with everything nested below them, and `totalCount` when asked. Null when the selection needs the
 * resolver path. `where` already holds the read rule; it is applied by MikroORM's own SQL rendering.
 */
export async function readConnection(
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: EntityClass,
  where: FilterQuery<object>,
  orderBy: QueryOrderMap<object>,
  args: ConnectionArgs,
): Promise<ConnectionValue<object> | null> {
  const window = pageWindow(args);
  checkCursors(window, cursorKeys(ctx.em, entity, orderBy));
  const type = getNamedType(info.returnType) as GraphQLObjectType;
  const connection = collect(
    info,
    type,
    info.fieldNodes.map((node) => node.selectionSet),
  );
  const nodeType = getNamedType(type.getFields().nodes?.type);
  if (!isObjectType(nodeType)) return null;
  if ([...connection.values()].some((part) => !['nodes', 'edges', 'pageInfo', 'totalCount'].includes(part.field.name)))
    return null;
  const nodeSets = nodeSelections(info, connection);
  const compiler = new ReadCompiler(ctx, info);
  const node = compiler.node(entity, 'r0', collect(info, nodeType, nodeSets));
  if (!node) return null;

  const meta = ctx.em.getMetadata().get(entity.name);
  const options: Parameters<CursorDriver['processCursorOptions']>[1] = {
    first: window.first ?? undefined,
    last: window.last ?? undefined,
    after: window.after ?? undefined,
    before: window.before ?? undefined,
    overfetch: true,
  };
  const keyset = (ctx.em.getDriver() as unknown as CursorDriver).processCursorOptions(meta, options, orderBy);
  const filter = predicate(ctx.em, entity, 'r0', { $and: [where, keyset.where] });
  const keys: string[] = [];
  const order: string[] = [];
  for (const entry of keyset.orderBy) {
    for (const [property, direction] of Object.entries(entry)) {
      const prop = meta.properties[property as never] as { fieldNames: string[]; columnTypes: string[] };
      const column = `"r0"."${prop.fieldNames[0]}"`;
      // Keys come back as the entity path reads them, so the cursors are the same strings.
      const isTime = prop.columnTypes[0]?.startsWith('timestamp');
      const key = isTime ? `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : column;
      keys.push(`${key} as "k${keys.length}"`);
      order.push(`${column} ${direction}`);
    }
  }
  // Cursors (and the key columns they are made of) only when the selection reads them: edges or pageInfo.
  const cursored = [...connection.values()].some((s) => s.field.name === 'edges' || s.field.name === 'pageInfo');
  const table = `"${meta.tableName}"`;
  const page =
    `select ${[`${node.sql} as "n"`, ...(cursored ? keys : [])].join(', ')} from ${table} as "r0" where ${filter.sql}` +
    ` order by ${order.join(', ')} limit ${options.limit ?? 0}`;
  const withCount = connection.has('totalCount') || [...connection.values()].some((s) => s.field.name === 'totalCount');
  let rows: Row[];
  let total: number | null = null;
  if (withCount) {
    const counted = predicate(ctx.em, entity, 'rc', where);
    rows = await execute(
      ctx,
      `select "c"."total", "p".* from (select count(*) as "total" from ${table} as "rc" where ${counted.sql}) as "c"` +
        ` left join lateral (${page}) as "p" on true`,
      [...counted.params, ...node.params, ...filter.params],
    );
    total = Number(rows[0]?.total ?? 0);
    rows = rows.filter((row) => row.n !== null);
  } else {
    rows = await execute(ctx, page, [...node.params, ...filter.params]);
  }

  // The same page arithmetic as MikroORM's Cursor: one row over-fetched tells whether more follow.
  const limit = options.first ?? options.last;
  const isLast = !options.first && !!options.last;
  if (isLast) rows.reverse();
  const hasMore = limit !== undefined && rows.length > limit;
  if (hasMore) {
    if (isLast) rows.shift();
    else rows.pop();
  }
  const edges = cursored
    ? rows.map((row) => ({ cursor: Cursor.encode(keys.map((_, i) => row[`k${i}`])), node: row.n as object }))
    : [];
  return {
    edges,
    nodes: rows.map((row) => row.n as object),
    totalCount: total,
    pageInfo: {
      hasNextPage: isLast ? !!options.before : hasMore,
      hasPreviousPage: isLast ? hasMore : !!options.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** One row (e.g. `case(slug:)`) with its selection in one statement; `undefined` when the resolver path must run. */
export async function readOne(
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: EntityClass,
  where: FilterQuery<object>,
): Promise<object | null | undefined> {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return undefined;
  const node = new ReadCompiler(ctx, info).node(
    entity,
    'r0',
    collect(
      info,
      type,
      info.fieldNodes.map((n) => n.selectionSet),
    ),
  );
  if (!node) return undefined;
  const filter = predicate(ctx.em, entity, 'r0', where);
  const table = ctx.em.getMetadata().get(entity.name).tableName;
  const rows = await execute(ctx, `select ${node.sql} as "n" from "${table}" as "r0" where ${filter.sql} limit 1`, [
    ...node.params,
    ...filter.params,
  ]);
  return (rows[0]?.n as object | undefined) ?? null;
}

/**
 * A root list for the API: compiled to one statement when the selection allows, else `paginate` (entities and
 * loaders). Both give the same items, cursors and counts.
 */
export async function readPage<T extends object>(
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  args: ConnectionArgs,
): Promise<ConnectionValue<object>> {
  const compiled = await readConnection(ctx, info, entity, where, orderBy, args);
  return (
    compiled ?? paginate(ctx.em, entity as never, where as never, orderBy as never, args, selects(info, 'totalCount'))
  );
}

/** One row by a condition (`case(slug:)`): compiled when the selection allows, else the entity. */
export async function readSingle<T extends object>(
  ctx: Context,
  info: GraphQLResolveInfo,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
): Promise<object | null> {
  const compiled = await readOne(ctx, info, entity, where);
  if (compiled !== undefined) return compiled;
  return ctx.em.findOne(entity as never, where);
}

/** Ids as one PostgreSQL array literal (a single scalar parameter), each element quoted. */
function arrayLiteral(ids: readonly string[]): string {
  return `{${ids.map((id) => `"${id.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * Rows of several types by id (search hits and the topics of their facets), in ONE statement: per type the
 * compiled selection that applies to it (its inline fragments), narrowed by that type's read rule. Returns
 * compiled objects by "Type:id"; a type whose selection cannot be compiled is left out, for the caller to load as
 * entities.
 *
 * The ids travel as one array parameter beside the read rule, not inside it: the rule's SQL is rendered once and
 * cached (a filter holding the ids missed that cache on every call), and the statement's text depends only on the
 * types and selections, so it stays one prepared statement across requests instead of one per count of ids.
 */
export async function readByIds(
  ctx: Context,
  info: GraphQLResolveInfo,
  wanted: {
    entity: EntityClass;
    ids: string[];
    where: FilterQuery<object>;
    sets: readonly (SelectionSetNode | undefined)[];
  }[],
): Promise<Map<string, object>> {
  const compiler = new ReadCompiler(ctx, info);
  const parts: { sql: string; params: unknown[] }[] = [];
  for (const { entity, ids, where, sets } of wanted) {
    const type = info.schema.getType(entity.name);
    if (!isObjectType(type) || ids.length === 0) continue;
    const alias = compiler.alias();
    const node = compiler.node(entity, alias, collect(info, type, sets), true); // hits are found by `@id`
    if (!node) continue;
    const meta = ctx.em.getMetadata().get(entity.name);
    const idType = (meta.properties['id' as never] as { columnTypes?: string[] } | undefined)?.columnTypes?.[0];
    const table = meta.tableName;
    if (idType && /^[a-z]+$/.test(idType)) {
      const filter = predicate(ctx.em, entity, alias, where);
      parts.push({
        sql: `select ${node.sql} as "n" from "${table}" as "${alias}" where "${alias}"."id" = any(?::${idType}[]) and ${filter.sql}`,
        params: [...node.params, arrayLiteral(ids), ...filter.params],
      });
    } else {
      const filter = predicate(ctx.em, entity, alias, { $and: [{ id: { $in: ids } }, where] });
      parts.push({
        sql: `select ${node.sql} as "n" from "${table}" as "${alias}" where ${filter.sql}`,
        params: [...node.params, ...filter.params],
      });
    }
  }
  const found = new Map<string, object>();
  if (parts.length === 0) return found;
  const rows = await execute(
    ctx,
    parts.map((part) => `(${part.sql})`).join(' union all '),
    parts.flatMap((part) => part.params),
  );
  for (const row of rows) {
    const n = row.n as { '@t': string; '@id': string };
    found.set(`${n['@t']}:${n['@id']}`, n);
  }
  return found;
}
