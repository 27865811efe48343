import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { ContentEntity } from './content.entity.js';
import { labelOf, loadContentForEdit } from './editing.js';
import { TargetGroup, Visibility } from './content.enums.js';
import { resolveReadableOne } from './references.js';

/**
 * Shared pieces of the editors' create/update services (method, study, event, talk, report …). The case service
 * is the template; these keep the other services to what differs per type.
 */

/** The fields a client actually sent, so validation and updates see exactly those. */
export function sent<T extends object>(input: T): Partial<T> & Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export const visibility = z.nativeEnum(Visibility);
export const targetGroups = z.array(z.nativeEnum(TargetGroup)).max(8, 'Give at most 8.');
export const age = z.number().int().min(0, 'Must be 0 or more.').max(30, 'Must be 30 or less.').nullable();
export const year = z.number().int().min(1950, 'Must be 1950 or later.').max(2100, 'Must be 2100 or earlier.');
export const isoDate = z.iso.date('Must be a date as YYYY-MM-DD.');

/** Checks that `min <= max` when both are known (on update: the stored value where none is sent). */
export function checkOrder(
  field: string,
  min: number | Date | null | undefined,
  max: number | Date | null | undefined,
  message: string,
): void {
  if (min != null && max != null && min > max) throw UserInputProblem.of(field, message, 'INVALID');
}

/**
 * Loads a row of one content type for an editor. Editors only; rows the editor may not read are NOT_FOUND, so a
 * refused edit never reveals what exists.
 */
export async function loadForEditor<T extends ContentEntity>(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  type: new () => T,
): Promise<T> {
  authorize(viewer, 'content.edit');
  const { row } = await loadContentForEdit(em, viewer, id);
  if (!(row instanceof type)) throw UserInputProblem.of('id', `This is not the ID of a ${type.name}.`, 'INVALID');
  return row;
}

/**
 * Applies `owner` (an Organisation ID; null for the forum's own content) and checks that ORGANISATION content has
 * an owner: without one, only platform admins could ever read it.
 */
export async function applyOwner(
  em: EntityManager,
  viewer: Viewer,
  row: ContentEntity,
  props: { owner?: string | null; visibility?: Visibility },
): Promise<void> {
  const owner = await resolveReadableOne(em, viewer, Organisation, props.owner, 'input.owner');
  if (owner !== undefined) row.owner = owner ? em.getReference(Organisation, owner.id, { wrapped: true }) : null;
  if (props.visibility) row.visibility = props.visibility;
  if (row.visibility === Visibility.ORGANISATION && !row.owner) {
    throw UserInputProblem.of('input.owner', 'ORGANISATION visibility needs an owning organisation.', 'REQUIRED');
  }
}

/** Records `<type>.<verb>` for the row in the audit trail, in the caller's transaction. */
export function auditChange(
  em: EntityManager,
  viewer: Viewer,
  verb: 'create' | 'update',
  row: object & { nodeId: string },
) {
  const type = row.constructor.name;
  recordAudit(em, {
    viewer,
    action: `${type.toLowerCase()}.${verb}`,
    subjectType: type,
    subjectId: row.nodeId,
    subjectLabel: labelOf(row),
  });
}
