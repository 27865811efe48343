import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { EntityClass } from './registry.js';

/** SQL text with `?` placeholders and their values, in order. */
export interface Sql {
  sql: string;
  params: unknown[];
}

const CACHE_SIZE = 1000;
const cache = new Map<string, Sql>();

/**
 * A MikroORM filter (the read rule, a list's filters, a cursor condition) as an SQL condition on `alias`, rendered
 * by MikroORM's own query builder, so the compiled read path applies exactly the conditions the entity path does.
 * A filter that needs joins becomes `alias.id in (…)` over the filter's own query.
 */
export function predicate(em: EntityManager, entity: EntityClass, alias: string, filter: FilterQuery<object>): Sql {
  if (!filter || (typeof filter === 'object' && Object.keys(filter).length === 0)) return { sql: 'true', params: [] };
  let key: string | null;
  try {
    key = `${entity.name}|${alias}|${JSON.stringify(filter)}`;
  } catch {
    key = null; // not serialisable (an entity inside): render every time
  }
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const table = em.getMetadata().get(entity.name).tableName;
  const rendered = em
    .createQueryBuilder(entity.name, alias)
    .select(raw('1'))
    .where(filter as never)
    .getKnexQuery()
    .toSQL();
  const prefix = `select 1 from "${table}" as "${alias}" where `;
  let result: Sql;
  if (rendered.sql.startsWith(prefix)) {
    result = { sql: `(${rendered.sql.slice(prefix.length)})`, params: [...rendered.bindings] };
  } else {
    const inner = em
      .createQueryBuilder(entity.name, `${alias}_w`)
      .select(`${alias}_w.id`)
      .where(filter as never)
      .getKnexQuery()
      .toSQL();
    result = { sql: `"${alias}"."id" in (${inner.sql})`, params: [...inner.bindings] };
  }
  if (key) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, result);
  }
  return result;
}
