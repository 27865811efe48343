import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer.js';
import { Member } from '../member/member.entity.js';
import { AuditEntry } from './audit.entity.js';

/**
 * Adds an audit entry to the unit of work, so it is written in the same transaction as the change it records.
 * Only labels (titles, names), never content or secrets.
 */
export function recordAudit(
  em: EntityManager,
  props: {
    viewer: Viewer;
    action: string;
    subjectType: string;
    subjectId?: string | null;
    subjectLabel?: string | null;
  },
): AuditEntry {
  const { viewer } = props;
  const entry = em.create(AuditEntry, {
    actor: viewer.kind === 'member' ? em.getReference(Member, viewer.memberId) : null,
    actorName: viewer.kind === 'member' ? viewer.name : 'System',
    action: props.action,
    subjectType: props.subjectType,
    subjectId: props.subjectId ?? null,
    subjectLabel: props.subjectLabel ? props.subjectLabel.slice(0, 300) : null,
  });
  em.persist(entry);
  return entry;
}
