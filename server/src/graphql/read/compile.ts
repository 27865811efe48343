import { getNamedType, isObjectType, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { nestedSpec } from '../../modules/content/nested.js';
import { pageWindow } from '../connection.js';
import type { Context } from '../context.js';
import { offsetOf } from '../nested-connection.js';
import { planOf } from './fields.js';
import { predicate, type Sql } from './predicate.js';
import { shapeOf, type EntityClass, type NestedList, type Reference } from './registry.js';
import { collect, subselect, type Selected } from './selection.js';

/**
 * Compiles a GraphQL selection on an entity type into one SQL expression that builds the answer as JSON inside
 * PostgreSQL: only the requested columns, to-one fields as correlated sub-selects, nested lists as ordered,
 * limited sub-selects with json_agg — the approach of PostGraphile and join-monster. Each object carries `@t` (its
 * type) and `@id` (its uuid); fields that take arguments or come from resolvers sit under `@<response key>`.
 * Anything the compiler cannot express returns null, and that part runs through the resolvers instead.
 */
export class ReadCompiler {
  private aliases = 0;

  constructor(
    readonly ctx: Context,
    readonly info: GraphQLResolveInfo,
  ) {}

  alias(): string {
    return `q${++this.aliases}`;
  }

  /**
   * `json_build_object(...)` of one row of `entity` aliased `alias`, for the selected fields. `@id` is added only
   * where something reads it: a selected field left to its resolver (which loads the entity by it), or a caller
   * that asks (`withId`). Every other uuid would be parsed and kept for nothing (100 cases with 20 children: ~90 KB).
   */
  node(entity: EntityClass, alias: string, selection: Map<string, Selected>, withId = false): Sql | null {
    const plan = planOf(this.ctx.em, entity);
    const shape = shapeOf(entity);
    const pairs: Sql[] = [{ sql: `'@t', '${entity.name}'`, params: [] }];
    let needsId = withId;
    const properties = new Set<string>();
    for (const selected of selection.values()) {
      const name = selected.field.name;
      const column = plan.columns.get(name);
      if (column) {
        if (!properties.has(column.property))
          pairs.push({ sql: `'${column.property}', ${column.sql(alias)}`, params: [] });
        properties.add(column.property);
        continue;
      }
      const key = `'@${selected.key}'`;
      const computed = shape.computed.get(name);
      const reference = shape.references.get(name);
      const list = shape.nested.get(name);
      let value: Sql | null = null;
      if (computed) value = computed.sql((column) => `"${alias}"."${column}"`, this.ctx);
      else if (reference) value = this.reference(entity, alias, reference, selected);
      else if (list) value = this.nested(entity, alias, list, selected);
      else if (!plan.resolvers.has(name)) return null; // a plain field that is not a column we can read
      if (value) pairs.push({ sql: `${key}, ${value.sql}`, params: value.params });
      else needsId = true; // its resolver runs on the entity, loaded by `@id`
    }
    if (needsId) pairs.splice(1, 0, { sql: `'@id', "${alias}"."id"`, params: [] });
    return jsonObject(pairs);
  }

  private metaOf(entity: EntityClass) {
    return this.ctx.em.getMetadata().get(entity.name);
  }

  private reference(parent: EntityClass, parentAlias: string, ref: Reference, selected: Selected): Sql | null {
    const prop = this.metaOf(parent).properties[ref.property as never] as { fieldNames?: string[]; kind: string };
    const selection = subselect(this.info, selected);
    if (!selection || !['m:1', '1:1'].includes(prop.kind) || prop.fieldNames?.length !== 1) return null;
    const alias = this.alias();
    const node = this.node(ref.target, alias, selection);
    if (!node) return null;
    const where = predicate(this.ctx.em, ref.target, alias, ref.where?.(this.ctx.viewer) ?? {});
    const table = this.metaOf(ref.target).tableName;
    return {
      sql: `(select ${node.sql} from "${table}" as "${alias}" where "${alias}"."id" = "${parentAlias}"."${prop.fieldNames[0]}" and ${where.sql})`,
      params: [...node.params, ...where.params],
    };
  }

  /** How child rows link to a parent row: a foreign key on the child, or a pivot table. */
  private link(list: NestedList, child: string, parentAlias: string): { from: string; on: string } | null {
    const meta = this.metaOf(list.child);
    const prop = meta.properties[list.back as never] as {
      kind: string;
      owner?: boolean;
      fieldNames?: string[];
      mappedBy?: string;
      type: string;
      pivotTable?: string;
      joinColumns?: string[];
      inverseJoinColumns?: string[];
    };
    const table = `"${meta.tableName}" as "${child}"`;
    if (['m:1', 'scalar'].includes(prop.kind) && prop.fieldNames?.length === 1)
      return { from: table, on: `"${child}"."${prop.fieldNames[0]}" = "${parentAlias}"."id"` };
    if (prop.kind !== 'm:n') return null;
    const owner = prop.owner
      ? prop
      : (this.ctx.em.getMetadata().get(prop.type).properties[prop.mappedBy as never] as typeof prop);
    const [own, inverse] = [owner.joinColumns?.[0], owner.inverseJoinColumns?.[0]];
    if (!owner.pivotTable || !own || !inverse) return null;
    const [childColumn, parentColumn] = prop.owner ? [own, inverse] : [inverse, own];
    const pivot = `${child}_p`;
    return {
      from: `${table} join "${owner.pivotTable}" as "${pivot}" on "${pivot}"."${childColumn}" = "${child}"."id"`,
      on: `"${pivot}"."${parentColumn}" = "${parentAlias}"."id"`,
    };
  }

  /** A page of a nested list as a connection: nodes/edges, pageInfo and totalCount as asked; offset cursors. */
  private nested(parent: EntityClass, parentAlias: string, list: NestedList, selected: Selected): Sql | null {
    const window = pageWindow(selected.args);
    if (window.last !== null || window.before !== null) return null; // backwards pages: the loader path
    const first = window.first ?? 0;
    const skip = window.after !== null ? offsetOf(window.after, 'after') + 1 : 0;
    const connection = subselect(this.info, selected);
    const type = getNamedType(selected.field.type) as GraphQLObjectType;
    const nodeType = getNamedType(type.getFields().nodes?.type);
    if (!connection || !isObjectType(nodeType)) return null;
    const spec = nestedSpec(this.ctx, list);
    // The rows of the list for one parent, under a fresh alias each time they are read.
    const rows = (alias: string) => {
      const link = this.link(list, alias, parentAlias);
      if (!link) return null;
      const where = predicate(this.ctx.em, list.child, alias, spec.where);
      return { sql: `from ${link.from} where ${link.on} and ${where.sql}`, params: where.params };
    };
    const child = this.alias();
    const page = rows(child);
    if (!page) return null;
    const nodeSets = [];
    for (const part of connection.values()) {
      if (part.field.name === 'nodes') nodeSets.push(...part.nodes.map((n) => n.selectionSet));
      if (part.field.name !== 'edges') continue;
      const edgeType = getNamedType(part.field.type) as GraphQLObjectType;
      for (const sub of collect(
        this.info,
        edgeType,
        part.nodes.map((n) => n.selectionSet),
      ).values())
        if (sub.field.name === 'node') nodeSets.push(...sub.nodes.map((n) => n.selectionSet));
    }
    const node = this.node(list.child, child, collect(this.info, nodeType, nodeSets));
    if (!node) return null;
    const order = [...spec.orderBy, ['id', 'asc'] as const];
    const keys = order.map(([column], i) => `"${child}"."${column}" as "k${i}"`).join(', ');
    const names = new Set([...connection.values()].map((s) => s.field.name));
    // Positions (and one row over the page, for hasNextPage) only when edges or pageInfo ask for them.
    const positioned = names.has('edges') || names.has('pageInfo');
    const inner =
      `select ${node.sql} as "n", ${keys} ${page.sql}` +
      ` order by ${order.map(([column, direction]) => `"${child}"."${column}" ${direction}`).join(', ')}` +
      ` offset ${skip} limit ${positioned ? first + 1 : first}`;
    const renumber = order.map(([, direction], i) => `"y"."k${i}" ${direction}`).join(', ');
    const numbered = positioned
      ? `select "y"."n", row_number() over (order by ${renumber}) as "rn" from (${inner}) as "y"`
      : inner;
    const cursor = (position: string) =>
      `encode(convert_to('arrayconnection:' || (${skip} + ${position} - 1)::text, 'UTF8'), 'base64')`;
    const kept = `filter (where "x"."rn" <= ${first})`;
    const parts: Sql[] = [];
    for (const name of names) {
      if (name === 'nodes') {
        const nodes = positioned
          ? `json_agg("x"."n" order by "x"."rn") ${kept}`
          : `json_agg("x"."n" order by ${order.map(([, direction], i) => `"x"."k${i}" ${direction}`).join(', ')})`;
        parts.push({ sql: `'nodes', coalesce(${nodes}, '[]'::json)`, params: [] });
      } else if (name === 'edges') {
        const edge = `json_build_object('cursor', ${cursor('"x"."rn"')}, 'node', "x"."n")`;
        parts.push({ sql: `'edges', coalesce(json_agg(${edge} order by "x"."rn") ${kept}, '[]'::json)`, params: [] });
      } else if (name === 'pageInfo') {
        // After an offset, an empty page still has items before it when the list is not empty.
        const before = skip > 0 ? rows(this.alias())! : null;
        const previous = before ? `(count(*) > 0 or exists (select 1 ${before.sql}))` : 'false';
        const some = `count(*) > 0 and ${first} > 0`;
        parts.push({
          sql:
            `'pageInfo', json_build_object('hasNextPage', count(*) > ${first}, 'hasPreviousPage', ${previous}, ` +
            `'startCursor', case when ${some} then ${cursor('1')} end, ` +
            `'endCursor', case when ${some} then ${cursor(`least(count(*), ${first})`)} end)`,
          params: before?.params ?? [],
        });
      } else if (name === 'totalCount') {
        const all = rows(this.alias())!;
        parts.push({ sql: `'totalCount', (select count(*) ${all.sql})`, params: all.params });
      } else if (name !== '__typename') {
        return null;
      }
    }
    const object = jsonObject(parts);
    if (!names.has('nodes') && !positioned) return { sql: `(select ${object.sql})`, params: object.params };
    return {
      sql: `(select ${object.sql} from (${numbered}) as "x")`,
      params: [...object.params, ...node.params, ...page.params],
    };
  }
}

/** json_build_object takes at most 100 arguments: larger objects are merged from pieces. */
function jsonObject(pairs: Sql[]): Sql {
  const chunks: Sql[] = [];
  for (let i = 0; i < pairs.length; i += 50) {
    const slice = pairs.slice(i, i + 50);
    chunks.push({
      sql: `json_build_object(${slice.map((p) => p.sql).join(', ')})`,
      params: slice.flatMap((p) => p.params),
    });
  }
  if (chunks.length === 1) return chunks[0]!;
  return {
    sql: `(${chunks.map((c) => `${c.sql}::jsonb`).join(' || ')})::json`,
    params: chunks.flatMap((c) => c.params),
  };
}
