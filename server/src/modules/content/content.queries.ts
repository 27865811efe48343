import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { executeRead } from '../../platform/read-replicas.js';
import type { TargetGroup } from './content.enums.js';

/** A topic and every topic below it, so filtering by "Læring" also finds what is filed under "Læsning". */
export async function topicWithDescendants(em: EntityManager, topicGlobalId: string): Promise<string[]> {
  const { id } = decodeGlobalId(topicGlobalId, ['Topic'], 'topic');
  const rows = await executeRead<{ id: string }[]>(
    em,
    'with recursive tree(id) as (select id from topic where id = ? union all select t.id from topic t join tree on t.parent_id = tree.id) select id from tree',
    [id],
  );
  return rows.map((row) => row.id);
}

/** Content tagged with the topic or any topic below it. */
export async function topicWhere<T>(em: EntityManager, topic: string | null | undefined): Promise<FilterQuery<T>[]> {
  if (!topic) return [];
  const ids = await topicWithDescendants(em, topic);
  return [{ topics: { $some: { id: { $in: ids } } } } as FilterQuery<T>];
}

/** Content whose age range covers the given age (an open end counts as covering). */
export function ageWhere<T>(age: number | null | undefined): FilterQuery<T>[] {
  if (age === null || age === undefined) return [];
  if (age < 0 || age > 30) throw new BadUserInputError('`age` must be between 0 and 30.', 'age');
  return [
    { $or: [{ ageMin: null }, { ageMin: { $lte: age } }] } as FilterQuery<T>,
    { $or: [{ ageMax: null }, { ageMax: { $gte: age } }] } as FilterQuery<T>,
  ];
}

export function targetGroupWhere<T>(group: TargetGroup | null | undefined): FilterQuery<T>[] {
  return group ? [{ targetGroups: { $contains: [group] } } as FilterQuery<T>] : [];
}

export function yearWhere<T>(
  field: string,
  from: number | null | undefined,
  to: number | null | undefined,
): FilterQuery<T>[] {
  const range: Record<string, number> = {};
  if (from !== null && from !== undefined) range.$gte = from;
  if (to !== null && to !== undefined) range.$lte = to;
  if (range.$gte !== undefined && range.$lte !== undefined && range.$gte > range.$lte) {
    throw new BadUserInputError('`yearFrom` must not be after `yearTo`.', 'yearFrom');
  }
  return Object.keys(range).length > 0 ? [{ [field]: range } as FilterQuery<T>] : [];
}

/** Related-by-id filter, e.g. cases using a method: `{ methods: { $some: id } }`. */
export function relatedWhere<T>(
  property: string,
  globalId: string | null | undefined,
  type: string,
  argument: string,
): FilterQuery<T>[] {
  if (!globalId) return [];
  const { id } = decodeGlobalId(globalId, [type], argument);
  return [{ [property]: { $some: { id } } } as FilterQuery<T>];
}

/**
 * Published items only (true), drafts only (false) or both (absent). Narrows what `readableWhere` allows and never
 * widens it: a viewer who may not read drafts gets an empty list for `published: false`.
 */
export function publishedWhere<T>(published: boolean | null | undefined): FilterQuery<T>[] {
  if (published === null || published === undefined) return [];
  return [{ publishedAt: published ? { $ne: null } : null } as FilterQuery<T>];
}

export function all<T>(parts: FilterQuery<T>[]): FilterQuery<T> {
  return parts.length === 0 ? {} : ({ $and: parts } as FilterQuery<T>);
}
