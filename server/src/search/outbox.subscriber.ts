import { ChangeSetType, type ChangeSet, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { currentRequest } from '../platform/request-context.js';
import { searchRegistry } from './documents.js';
import { SearchOutbox } from './outbox.entity.js';

type Op = SearchOutbox['op'];

/**
 * Writes a search outbox row for every changed row search shows, inside the flush that changes it: the rows join
 * the flush's own changesets, so they commit (or roll back) in the same transaction as the change itself and no
 * write path can forget search. What is queued is read from the modules' search declarations (documents/registry.ts):
 * children map to their parent (a rating re-indexes its method); topics and organisations are queued as themselves
 * and the indexer fans out to the documents that show them.
 */
export class SearchOutboxSubscriber implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const queued = new Map<string, { type: string; id: string; op: Op }>();
    const queue = (entity: object | null | undefined, op: Op = 'upsert') => {
      if (!entity) return;
      // A child (a rating, a comment) is shown in its parent's document, which stays whatever happens to the child.
      const parent = searchRegistry.feed(entity.constructor.name)?.parent?.(entity);
      if (parent) return add(parent.type, parent.id, op === 'self' ? 'self' : 'upsert');
      add(entity.constructor.name, (entity as { id?: unknown }).id, op);
    };
    const add = (type: string, id: unknown, op: Op) => {
      if (typeof id !== 'string' || !searchRegistry.queuedAsItself(type)) return;
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

/** An update changing none of the properties documents show of a row (a comment's "useful" count) queues nothing. */
function shownInSearch(changeSet: ChangeSet<object>): boolean {
  if (changeSet.type !== ChangeSetType.UPDATE) return true;
  const shown = searchRegistry.feed(changeSet.entity.constructor.name)?.shownProperties;
  return !shown || shown.some((property) => property in changeSet.payload);
}
