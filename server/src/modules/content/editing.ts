import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { recordAudit } from '../audit/audit.commands.js';
import { authorize, can } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { contentTypes } from '../module.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { ContentEntity } from './content.entity.js';
import { TargetGroup, Visibility } from './content.enums.js';
import { canRead } from './content.policy.js';
import { resolveReadableOne } from './references.js';

export function labelOf(row: object): string {
  const r = row as { title?: string; name?: string; nameDa?: string; slug?: string; scheme?: string; value?: string };
  return r.title ?? r.name ?? r.nameDa ?? (r.scheme ? `${r.scheme} ${r.value ?? ''}` : (r.slug ?? ''));
}

/** Loads content for editing: unknown or unreadable rows are NOT_FOUND (never revealing what exists). */
export async function loadContentForEdit(
  em: EntityManager,
  viewer: Viewer,
  globalId: string,
): Promise<{ type: string; row: ContentEntity }> {
  const types = contentTypes();
  const { type, id } = decodeGlobalId(globalId, [...types.keys()]);
  const entity: EntityName<ContentEntity> = types.get(type)!;
  const row = await em.findOne<ContentEntity>(entity, { id });
  if (!row || !canRead(viewer, row)) throw UserInputProblem.of('id', `No ${type} with this ID.`, 'NOT_FOUND');
  return { type, row };
}

/** Editors edit everything; a member may edit their own organisation's unpublished case proposal. */
export function authorizeEdit(viewer: Viewer, type: string, row: ContentEntity): void {
  if (
    type === 'Case' &&
    can(viewer, 'case.editOwnDraft', { organisationId: row.owner?.id, published: row.publishedAt !== null })
  )
    return;
  authorize(viewer, 'content.edit');
}

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
  verb: 'create' | 'update' | 'propose',
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
