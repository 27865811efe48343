import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { Comment } from '../modules/discussion/comment.entity.js';
import { EvidenceRating } from '../modules/evidence/evidence-rating.entity.js';
import { Topic } from '../modules/topic/topic.entity.js';
import { currentRequest } from '../platform/request-context.js';
import { isSearchType } from './documents.js';
import { SearchOutbox } from './outbox.entity.js';

type Op = SearchOutbox['op'];

/**
 * Writes a search outbox row for every changed row search shows, inside the flush that changes it: the rows join
 * the flush's own changesets, so they commit (or roll back) in the same transaction as the change itself and no
 * write path can forget search. Children map to their parent (a rating re-indexes its method); topics and
 * organisations are queued as themselves and the indexer fans out to the documents that show them.
 */
export class SearchOutboxSubscriber implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const queued = new Map<string, { type: string; id: string; op: Op }>();
    const queue = (entity: object | null | undefined, op: Op = 'upsert') => {
      if (!entity) return;
      // A rating is shown in its method's document.
      if (entity instanceof EvidenceRating) return add('Method', entity.method.id, op === 'self' ? 'self' : 'upsert');
      // A comment's text is shown in its thread's document (whatever happens to the comment, the thread stays).
      if (entity instanceof Comment) return add('Thread', entity.thread.id, 'upsert');
      add(entity.constructor.name, (entity as { id?: unknown }).id, op);
    };
    const add = (type: string, id: unknown, op: Op) => {
      if (typeof id !== 'string' || !(isSearchType(type) || type === Topic.name)) return;
      const key = `${type}:${id}`;
      // A stronger op wins: delete over upsert over self.
      const rank = { self: 0, upsert: 1, delete: 2 };
      const existing = queued.get(key);
      if (!existing || rank[op] > rank[existing.op]) queued.set(key, { type, id, op });
    };
    for (const changeSet of uow.getChangeSets()) {
      if (changeSet.entity instanceof SearchOutbox || !shownInSearch(changeSet)) continue;
      queue(changeSet.entity, changeSet.type === ChangeSetType.DELETE ? 'delete' : 'upsert');
    }
    // Many-to-many edits: both the collection's owner and every item added or removed change their documents.
    // The owner fans out (a thread shows its subject's topics); an item only changes its own document: what
    // others show of it (a topic's name, a method's strength) is the same, and fanning out from it re-indexed
    // the whole corpus for each topic and method after a bulk load.
    for (const collection of uow.getCollectionUpdates()) {
      queue(collection.owner);
      const before = (collection.getSnapshot() ?? []) as object[];
      const after = collection.isInitialized() ? collection.getItems(false) : [];
      const current = new Set(after);
      const previous = new Set(before);
      for (const item of after) if (!previous.has(item)) queue(item, 'self');
      for (const item of before) if (!current.has(item)) queue(item, 'self');
    }
    for (const { type, id, op } of queued.values()) {
      const row = new SearchOutbox();
      row.entityType = type;
      row.entityId = id;
      row.op = op;
      row.requestId = currentRequest()?.requestId ?? null;
      uow.computeChangeSet(row);
    }
  }
}

/** What a thread's document shows of a comment; a new "useful" count or a moderator's note changes nothing there. */
const COMMENT_SHOWN = ['thread', 'body', 'deletedAt', 'hiddenAt'];

function shownInSearch(changeSet: ChangeSet<object>): boolean {
  if (!(changeSet.entity instanceof Comment) || changeSet.type !== ChangeSetType.UPDATE) return true;
  return COMMENT_SHOWN.some((property) => property in changeSet.payload);
}
