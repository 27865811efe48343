import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeGlobalId } from '../../graphql/global-id.js';
import { UserInputProblem } from '../../graphql/payload.js';
import { can, effectiveRole } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import { MemberRole } from '../member/member.entity.js';
import { Webhook } from './webhook.entities.js';

export const subjectOf = (row: Webhook) => ({ memberId: row.member.id, organisationId: row.organisation.id });

/** The webhooks a viewer may see: their own, and for an organisation's admin the organisation's. */
export function visibleWebhooksWhere(viewer: Viewer): FilterQuery<Webhook> {
  if (viewer.kind !== 'member' || effectiveRole(viewer) === null) return { id: null };
  if (effectiveRole(viewer) === MemberRole.ORG_ADMIN) {
    return { $or: [{ member: viewer.memberId }, { organisation: viewer.organisationId }] };
  }
  return { member: viewer.memberId };
}
/** A webhook the viewer may manage, or a NOT_FOUND user error (one they may not see does not exist for them). */
export async function loadWebhook(em: EntityManager, viewer: Viewer, id: string, field = 'id'): Promise<Webhook> {
  const { id: uuid } = decodeGlobalId(id, ['Webhook'], field);
  const row = await em.findOne(Webhook, { $and: [{ id: uuid }, visibleWebhooksWhere(viewer)] });
  if (!row) throw UserInputProblem.of(field, 'No webhook with this ID.', 'NOT_FOUND');
  return row;
}
/** Whether the viewer may read deliveries of this webhook (their own, or their organisation's as its admin). */
export function mayReadDeliveries(viewer: Viewer, row: Webhook): boolean {
  return can(viewer, 'webhook.read', subjectOf(row));
}
