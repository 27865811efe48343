import type { EntityManager } from '@mikro-orm/postgresql';
import { getMetadataStorage } from 'type-graphql';
import type { EntityClass } from './registry.js';

/** How the compiler reads one plain GraphQL field of an entity type. */
export interface ColumnField {
  /** The property graphql-js reads on the parent (type-graphql's property name, e.g. `nodeId` for `id`). */
  property: string;
  /** The SQL expression for it on a row alias. */
  sql: (alias: string) => string;
}

export interface FieldPlan {
  columns: Map<string, ColumnField>;
  /** GraphQL fields with a field resolver: compiled only when registered (nested list, reference, computed). */
  resolvers: Set<string>;
}

const plans = new Map<EntityClass, FieldPlan>();

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Column types whose JSON form is what the entity path gives graphql-js; others (json, numeric) are not compiled. */
function columnSql(columnType: string, column: string): ((alias: string) => string) | null {
  const type = columnType.toLowerCase();
  if (type.startsWith('timestamp'))
    return (alias) => `to_char(${q(alias)}.${q(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  if (type === 'date') return (alias) => `${q(alias)}.${q(column)}::text`;
  if (/^(varchar|text|character|uuid|int|smallint|integer|boolean|bool)/.test(type) || type.endsWith('[]'))
    return (alias) => `${q(alias)}.${q(column)}`;
  return null;
}

function chain(entity: EntityClass): Set<unknown> {
  const classes = new Set<unknown>();
  for (let proto: unknown = entity; typeof proto === 'function' && proto !== Function.prototype;) {
    classes.add(proto);
    proto = Object.getPrototypeOf(proto);
  }
  return classes;
}

/**
 * Which GraphQL fields of an entity type are plain columns, from type-graphql's and MikroORM's metadata: a
 * `@Field` on a persisted scalar property with no field resolver. The global `id` is computed in SQL as
 * graphql-relay encodes it (base64 of "Type:uuid").
 */
export function planOf(em: EntityManager, entity: EntityClass): FieldPlan {
  const cached = plans.get(entity);
  if (cached) return cached;
  const storage = getMetadataStorage();
  const classes = chain(entity);
  const meta = em.getMetadata().get(entity.name);
  const resolvers = new Set<string>();
  for (const resolver of storage.fieldResolvers) {
    if (classes.has(resolver.getObjectType?.())) resolvers.add(resolver.schemaName);
  }
  const columns = new Map<string, ColumnField>();
  if (entity.name.length <= 20) {
    // base64 of up to 57 bytes has no line breaks: "Type:" plus a 36-character uuid stays under it.
    columns.set('id', {
      property: 'nodeId',
      sql: (alias) => `encode(convert_to('${entity.name}:' || ${q(alias)}."id", 'UTF8'), 'base64')`,
    });
  }
  for (const field of storage.fields) {
    if (!classes.has(field.target) || resolvers.has(field.schemaName) || columns.has(field.schemaName)) continue;
    if (field.middlewares?.length || field.roles) continue;
    const prop = meta.properties[field.name as never] as
      { kind: string; persist?: boolean; fieldNames?: string[]; columnTypes?: string[] } | undefined;
    if (!prop || prop.kind !== 'scalar' || prop.persist === false || prop.fieldNames?.length !== 1) continue;
    const sql = columnSql(prop.columnTypes?.[0] ?? '', prop.fieldNames[0]!);
    if (sql) columns.set(field.schemaName, { property: field.name, sql });
  }
  const plan = { columns, resolvers };
  plans.set(entity, plan);
  return plan;
}
