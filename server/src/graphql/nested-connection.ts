import { raw, type EntityManager, type EntityName, type Field, type FilterQuery } from '@mikro-orm/postgresql';
import { offsetToCursor, cursorToOffset } from 'graphql-relay';
import type { ConnectionValue, PageWindow } from './connection.js';
import { BadUserInputError } from './errors.js';
import { executeRead } from '../platform/read-replicas.js';

/** How to fetch a nested list (e.g. `method.cases`): the child entity, its property pointing back at the parent. */
export interface NestedSpec<C extends object> {
  child: EntityName<C>;
  /** The property on the child that refers to the parent (a ManyToOne or either side of a ManyToMany). */
  back: string;
  /** Child columns to order by; `id` is added as the tie-breaker. */
  orderBy: [column: string, direction: 'asc' | 'desc'][];
  /** Visibility and filters on the child. */
  where: FilterQuery<C>;
}

export function offsetOf(cursor: string, name: string): number {
  const offset = cursorToOffset(cursor);
  // Safe integers only: a larger offset does not fit the bigint the position is compared with.
  if (!Number.isSafeInteger(offset) || offset < 0)
    throw new BadUserInputError(`\`${name}\` is not a cursor from this list.`, name);
  return offset;
}

/**
 * Loads one page of a nested list for many parents in ONE statement, with window functions: row_number() gives
 * each child its position within its parent and count() the parent's total, so 50 parents cost one query, not 50.
 * Cursors are positions (offsets) in the parent's ordered list.
 */
export async function loadNestedPages<C extends object>(
  em: EntityManager,
  spec: NestedSpec<C>,
  parentIds: readonly string[],
  window: PageWindow,
): Promise<ConnectionValue<C>[]> {
  const order = [...spec.orderBy, ['id', 'asc'] as const]
    .map(([column, direction]) => `c."${column}" ${direction}`)
    .join(', ');
  const qb = parentsOf(em, spec, parentIds, (parent) => [
    'c.*',
    raw(`${parent} as "__parent"`),
    raw(`row_number() over (partition by ${parent} order by ${order}) as "__rn"`),
    raw(`count(*) over (partition by ${parent}) as "__total"`),
  ]);

  // Positions are 1-based; a cursor holds the 0-based offset of its item.
  const lower = window.after !== null ? offsetOf(window.after, 'after') + 2 : 1;
  const upperBound = window.before !== null ? offsetOf(window.before, 'before') : Number.MAX_SAFE_INTEGER;
  const knex = em.getKnex();
  const outer = knex.select('*').from(qb.getKnexQuery().as('t'));
  if (window.last !== null) {
    outer.whereRaw(
      '"__rn" >= greatest(?::bigint, least(?::bigint, "__total") - ?::bigint + 1) and "__rn" <= least(?::bigint, "__total")',
      [lower, upperBound, window.last, upperBound],
    );
  } else {
    const first = window.first ?? 0;
    outer.whereRaw('"__rn" >= ?::bigint and "__rn" <= ?::bigint', [lower, Math.min(upperBound, lower + first - 1)]);
  }
  outer.orderBy([{ column: '__parent' }, { column: '__rn' }]);

  const rows = await executeRead<Record<string, unknown>[]>(em, outer);
  const byParent = new Map<string, { rows: C[]; first: number; last: number; total: number }>();
  for (const row of rows) {
    const { __parent, __rn, __total, ...columns } = row;
    const parent = String(__parent);
    const position = Number(__rn);
    const group = byParent.get(parent) ?? { rows: [], first: position, last: position, total: Number(__total) };
    group.rows.push(em.map<C>(spec.child, columns as never));
    group.last = position;
    byParent.set(parent, group);
  }

  const missing = parentIds.filter((id) => !byParent.has(id));
  // Without offsets a parent with no rows simply has none; with them, its page may lie past the end.
  const offsets = window.after !== null || window.before !== null;
  const totals = offsets && missing.length > 0 ? await countNested(em, spec, missing) : new Map<string, number>();

  return parentIds.map((id) => {
    const group = byParent.get(id);
    if (!group) {
      const total = totals.get(id) ?? 0;
      return {
        edges: [],
        nodes: [],
        totalCount: total,
        pageInfo: {
          hasNextPage: lower <= total && window.last === null,
          hasPreviousPage: lower > 1 && total > 0,
          startCursor: null,
          endCursor: null,
        },
      };
    }
    const edges = group.rows.map((node, index) => ({ cursor: offsetToCursor(group.first - 1 + index), node }));
    return {
      edges,
      nodes: group.rows,
      totalCount: group.total,
      pageInfo: {
        hasNextPage: group.last < group.total,
        hasPreviousPage: group.first > 1,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  });
}

/** Totals for parents whose requested page came back empty (e.g. `after` past the end). */
async function countNested<C extends object>(
  em: EntityManager,
  spec: NestedSpec<C>,
  parentIds: string[],
): Promise<Map<string, number>> {
  const rows = await parentsOf(em, spec, parentIds, (parent) => [
    raw(`${parent} as "parent"`),
    raw('count(*) as "total"'),
  ])
    .groupBy(raw('"parent"'))
    .execute<{ parent: string; total: string }[]>('all', false);
  return new Map(rows.map((row) => [row.parent, Number(row.total)]));
}

/**
 * The children of some parents: through the `back` relation, or, when `back` is a plain id column (a thread's
 * `subjectId`, which may point at several types), by that column.
 */
function parentsOf<C extends object>(
  em: EntityManager,
  spec: NestedSpec<C>,
  parentIds: readonly string[],
  select: (parent: string) => Field<C>[],
) {
  const meta = em.getMetadata().get((spec.child as { name: string }).name);
  const back = meta.properties[spec.back as never] as { kind: string; fieldNames: string[] };
  if (back.kind === 'scalar') {
    return em
      .createQueryBuilder(spec.child, 'c')
      .select(select(`c."${back.fieldNames[0]}"`))
      .where({ [spec.back]: { $in: [...parentIds] } } as unknown as FilterQuery<C>)
      .andWhere(spec.where);
  }
  return em
    .createQueryBuilder(spec.child, 'c')
    .select(select('x.id'))
    .join(`c.${spec.back}`, 'x')
    .where({ 'x.id': { $in: [...parentIds] } } as unknown as FilterQuery<C>)
    .andWhere(spec.where);
}
