import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Member } from '../member/member.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { ContentEntity } from './content.entity.js';
import { readableWhere } from './content.policy.js';

/** What an input may refer to by ID; each kind is linked only where the viewer may read it. */
type Referenceable = ContentEntity | Topic | Organisation | Member;
type EntityClass<T> = (new () => T) & { name: string };

/** The read rule of a referenced kind, as a filter: the same rule its reads use. */
function readableReferenceWhere<T extends Referenceable>(viewer: Viewer, entity: EntityClass<T>): FilterQuery<T> {
  if (entity.prototype instanceof ContentEntity) return readableWhere(viewer as never) as FilterQuery<T>;
  if ((entity as unknown) === Member)
    return (can(viewer, 'member.list') ? { deactivatedAt: null } : { id: null }) as unknown as FilterQuery<T>;
  // Topics and organisations are public to every reader.
  if ((entity as unknown) === Topic || (entity as unknown) === Organisation) return {};
  throw new Error(`No read rule for references to ${entity.name}.`);
}

/**
 * Turns the global IDs of an input into rows the viewer may read. This is the one way editing paths follow a
 * reference: an ID of a row the viewer may not read (another organisation's ORGANISATION content or draft, a
 * removed member) is treated exactly like one that does not exist, so a link never points at, or reveals, it.
 * Undefined when the field was not sent.
 */
export async function resolveReadable<T extends Referenceable>(
  em: EntityManager,
  viewer: Viewer,
  entity: EntityClass<T>,
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
  const where = { $and: [{ id: { $in: ids } }, readableReferenceWhere(viewer, entity)] } as FilterQuery<T>;
  const rows: T[] = await em.find<T>(entity, where);
  if (rows.length !== new Set(ids).size)
    throw UserInputProblem.of(field, `Some of these are not existing ${entity.name} IDs.`, 'NOT_FOUND');
  return rows;
}

/** One reference, like `resolveReadable`: undefined when not sent, null when cleared. */
export async function resolveReadableOne<T extends Referenceable>(
  em: EntityManager,
  viewer: Viewer,
  entity: EntityClass<T>,
  globalId: string | null | undefined,
  field: string,
): Promise<T | null | undefined> {
  if (globalId === null || globalId === undefined) return globalId;
  const [row] = (await resolveReadable(em, viewer, entity, [globalId], field)) ?? [];
  return row;
}
