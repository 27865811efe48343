import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeGlobalId } from '../../graphql/global-id.js';
import { eventsOf, type KnowledgeEvent } from '../alerts/events.js';
import { readersAmong, sql, type ReadableFacts } from '../alerts/recipients.js';
import { ContentEntity } from '../content/content.entity.js';
import type { Visibility } from '../content/content.enums.js';
import { Thread } from '../discussion/thread.entity.js';
import { Webhook, WebhookDelivery, WebhookEvent } from './webhook.entities.js';

interface Queued {
  event: WebhookEvent;
  subjectType: string;
  subjectId: string;
  facts: ReadableFacts | null;
  payload: Record<string, unknown>;
}

type RowFacts = { visibility: Visibility; published_at: Date | null; owner_id: string | null };

async function factsOf(em: EntityManager, table: string, id: string): Promise<ReadableFacts | null> {
  const [row] = await sql<RowFacts>(em, `select visibility, published_at, owner_id from "${table}" where id = ?`, [id]);
  return row ? { visibility: row.visibility, publishedAt: row.published_at, ownerId: row.owner_id } : null;
}

const inMemory = (row: ContentEntity | Thread): ReadableFacts => ({
  visibility: row.visibility,
  publishedAt: row.publishedAt,
  ownerId: row.owner?.id ?? null,
});

async function queued(em: EntityManager, event: KnowledgeEvent): Promise<Queued | null> {
  const at = new Date().toISOString();
  switch (event.type) {
    case 'publish': {
      const type = event.entity.constructor.name;
      return {
        event: WebhookEvent.PUBLISHED,
        subjectType: type,
        subjectId: event.entity.id,
        facts: inMemory(event.entity),
        payload: {
          event: WebhookEvent.PUBLISHED,
          occurredAt: at,
          type,
          id: encodeGlobalId(type, event.entity.id),
          slug: event.entity.slug,
        },
      };
    }
    case 'rating': {
      const methodId = event.rating.method.id;
      return {
        event: WebhookEvent.RATING_CHANGED,
        subjectType: 'Method',
        subjectId: methodId,
        facts: await factsOf(em, 'method', methodId),
        payload: {
          event: WebhookEvent.RATING_CHANGED,
          occurredAt: at,
          method: encodeGlobalId('Method', methodId),
          rating: encodeGlobalId('EvidenceRating', event.rating.id),
          scheme: event.rating.scheme,
          oldGrade: event.oldGrade,
          newGrade: event.newGrade,
          source: event.rating.source,
        },
      };
    }
    case 'comment': {
      const ref = event.comment.thread;
      const thread = ref.isInitialized() ? ref.getEntity() : null;
      return {
        event: WebhookEvent.COMMENT_ADDED,
        subjectType: Thread.name,
        subjectId: ref.id,
        facts: thread ? inMemory(thread) : await factsOf(em, 'thread', ref.id),
        payload: {
          event: WebhookEvent.COMMENT_ADDED,
          occurredAt: at,
          thread: encodeGlobalId('Thread', ref.id),
          comment: encodeGlobalId('Comment', event.comment.id),
        },
      };
    }
    default:
      return null;
  }
}

/**
 * Queues a delivery for every webhook that wants an event and whose token's member may read what it is about,
 * inside the flush that made the change (so the queue is as durable as the change); the worker sends them, and
 * checks the read rule again before each attempt.
 */
export class WebhookSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const events = eventsOf(args);
    if (events.length === 0) return;
    const em = args.em as EntityManager;
    // One look at the live webhooks per flush, however many events it carries (bulk writes carry many).
    const all = await sql<{ id: string; member_id: string; events: WebhookEvent[] }>(
      em,
      `select w.id, w.member_id, w.events from webhook w join api_token t on t.id = w.token_id
       where t.revoked_at is null and (t.expires_at is null or t.expires_at > now())`,
      [],
    );
    if (all.length === 0) return;
    for (const event of events) {
      const item = await queued(em, event);
      if (!item?.facts) continue;
      const hooks = all.filter((hook) => hook.events.includes(item.event));
      if (hooks.length === 0) continue;
      const readers = new Set(await readersAmong(em, [...new Set(hooks.map((h) => h.member_id))], item.facts, ''));
      for (const hook of hooks) {
        if (!readers.has(hook.member_id)) continue;
        const delivery = Object.assign(new WebhookDelivery(), {
          webhook: em.getReference(Webhook, hook.id, { wrapped: true }),
          event: item.event,
          subjectType: item.subjectType,
          subjectId: item.subjectId,
          payload: item.payload,
        });
        args.uow.computeChangeSet(delivery);
      }
    }
  }
}
