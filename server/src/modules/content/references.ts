import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';

/** Turns global IDs from an input into rows, with a user error naming the field when one does not exist. */
export async function resolveIds<T extends { id: string }>(
  em: EntityManager,
  entity: (new () => T) & { name: string },
  globalIds: readonly string[] | null | undefined,
  field: string,
): Promise<T[] | undefined> {
  if (globalIds === null || globalIds === undefined) return undefined;
  if (globalIds.length > 50) throw UserInputProblem.of(field, 'Give at most 50.', 'TOO_LONG');
  const ids = globalIds.map((globalId) => {
    try {
      return decodeGlobalId(globalId, [entity.name], field).id;
    } catch (error) {
      throw UserInputProblem.of(field, error instanceof Error ? error.message : 'Not an ID.', 'INVALID');
    }
  });
  const rows: T[] = await em.find<T>(entity, { id: { $in: ids } } as unknown as FilterQuery<T>);
  if (rows.length !== new Set(ids).size)
    throw UserInputProblem.of(field, `Some of these are not existing ${entity.name} IDs.`, 'NOT_FOUND');
  return rows;
}

export async function resolveId<T extends { id: string }>(
  em: EntityManager,
  entity: (new () => T) & { name: string },
  globalId: string | null | undefined,
  field: string,
): Promise<T | null | undefined> {
  if (globalId === null) return null;
  if (globalId === undefined) return undefined;
  const [row] = (await resolveIds(em, entity, [globalId], field)) ?? [];
  return row;
}
