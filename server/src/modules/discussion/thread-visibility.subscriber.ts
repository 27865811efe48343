import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ContentEntity } from '../content/content.entity.js';
import { Visibility } from '../content/content.enums.js';

/**
 * Threads mirror who may read their subject. When a subject's visibility, publication or owner changes, its
 * threads (for a method also the threads on its ratings, for a workshop those on its outputs) follow in the same
 * transaction, whichever path changed it.
 */
export class ThreadVisibilitySubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const em = args.em as EntityManager;
    for (const changeSet of args.uow.getChangeSets()) {
      if (changeSet.type !== ChangeSetType.UPDATE || !(changeSet.entity instanceof ContentEntity)) continue;
      const payload = changeSet.payload as Record<string, unknown>;
      if (!('visibility' in payload || 'publishedAt' in payload || 'owner' in payload)) continue;
      const row = changeSet.entity;
      const visibility = row.visibility === Visibility.PUBLIC ? Visibility.MEMBERS : row.visibility;
      await em.getConnection().execute(
        `update thread set visibility = ?, published_at = ?, owner_id = ?
            where subject_id = ? or subject_id in (select id from evidence_rating where method_id = ?)
               or subject_id in (select id from workshop_output where workshop_id = ?)`,
        [visibility, row.publishedAt, row.owner?.id ?? null, row.id, row.id, row.id],
        'run',
        em.getTransactionContext(),
      );
    }
  }
}
