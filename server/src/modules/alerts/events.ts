import { ChangeSetType, type ChangeSet, type FlushEventArgs } from '@mikro-orm/core';
import { ContentEntity } from '../content/content.entity.js';
import { Comment } from '../discussion/comment.entity.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { Method } from '../method/method.entity.js';
import { gradeOf } from './grade.js';

/** A rating was added or its grade changed (a note or date alone is no news). */
export interface RatingEvent {
  type: 'rating';
  rating: EvidenceRating;
  oldGrade: string | null;
  newGrade: string;
}

/** Content became published (a draft published, or created published). */
export interface PublishEvent {
  type: 'publish';
  entity: ContentEntity;
}

/** Studies newly linked to a method (results for that method's gaps when the study is published). */
export interface LinkEvent {
  type: 'link';
  method: Method;
  studyIds: string[];
}

export interface CommentEvent {
  type: 'comment';
  comment: Comment;
}

export type KnowledgeEvent = RatingEvent | PublishEvent | LinkEvent | CommentEvent;

function ratingEvent(changeSet: ChangeSet<EvidenceRating>): RatingEvent | null {
  const rating = changeSet.entity;
  const newGrade = gradeOf(rating);
  if (changeSet.type === ChangeSetType.CREATE) return { type: 'rating', rating, oldGrade: null, newGrade };
  if (changeSet.type !== ChangeSetType.UPDATE || !changeSet.originalEntity) return null;
  const original = changeSet.originalEntity as unknown as Pick<EvidenceRating, 'scheme' | 'value' | 'dimensions'>;
  const before = {
    scheme: original.scheme,
    value: original.value,
    dimensions: original.dimensions && {
      ...original.dimensions,
      // The snapshot holds column names for embedded properties.
      targetGroup:
        original.dimensions.targetGroup ?? (original.dimensions as unknown as { target_group: string }).target_group,
    },
  } as Pick<EvidenceRating, 'scheme' | 'value' | 'dimensions'>;
  const oldGrade = gradeOf(before);
  return oldGrade === newGrade && original.scheme === rating.scheme
    ? null
    : { type: 'rating', rating, oldGrade, newGrade };
}

function publishEvent(changeSet: ChangeSet<ContentEntity>): PublishEvent | null {
  const entity = changeSet.entity;
  if (!entity.publishedAt) return null;
  if (changeSet.type === ChangeSetType.CREATE) return { type: 'publish', entity };
  const payload = changeSet.payload as Record<string, unknown>;
  const before = (changeSet.originalEntity as { publishedAt?: unknown } | undefined)?.publishedAt;
  return changeSet.type === ChangeSetType.UPDATE && 'publishedAt' in payload && !before
    ? { type: 'publish', entity }
    : null;
}

/** What a flush means to followers and integrators, read from its change sets (whichever path wrote them). */
export function eventsOf({ uow }: FlushEventArgs): KnowledgeEvent[] {
  const events: KnowledgeEvent[] = [];
  for (const changeSet of uow.getChangeSets()) {
    const entity = changeSet.entity;
    let event: KnowledgeEvent | null = null;
    if (entity instanceof EvidenceRating) event = ratingEvent(changeSet as ChangeSet<EvidenceRating>);
    else if (entity instanceof ContentEntity) event = publishEvent(changeSet as ChangeSet<ContentEntity>);
    else if (entity instanceof Comment && changeSet.type === ChangeSetType.CREATE)
      event = { type: 'comment', comment: entity };
    if (event) events.push(event);
  }
  for (const collection of uow.getCollectionUpdates()) {
    const owner = collection.owner;
    if (!(owner instanceof Method) || collection.property.name !== 'studies' || !collection.isInitialized()) continue;
    const before = new Set((collection.getSnapshot() ?? []) as object[]);
    const added = collection.getItems(false).filter((item) => !before.has(item)) as { id: string }[];
    if (added.length) events.push({ type: 'link', method: owner, studyIds: added.map((s) => s.id) });
  }
  return events;
}
