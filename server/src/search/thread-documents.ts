import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../modules/case/case.entity.js';
import type { ContentEntity } from '../modules/content/content.entity.js';
import type { Thread } from '../modules/discussion/thread.entity.js';
import { Event, Workshop } from '../modules/event/event.entity.js';
import { EvidenceRating } from '../modules/evidence/evidence-rating.entity.js';
import { Study } from '../modules/evidence/study.entity.js';
import { Method } from '../modules/method/method.entity.js';
import { outputLabel } from '../modules/discussion/subject.js';
import { WorkshopOutput } from '../modules/outcome/output.entity.js';
import { Report } from '../modules/report/report.entity.js';
import { Talk } from '../modules/talk/talk.entity.js';
import { markdownToPlainText } from './plain-text.js';
import type { TopicInfo } from './topic-tree.js';

/** What a thread's document shows beyond the thread row: its visible comments' text and what it is about. */
export interface ThreadExtras {
  /** Thread id → the plain text of its comments that readers see (not deleted, not hidden), oldest first. */
  comments: Map<string, string[]>;
  /** "Type:id" of a subject → its label, the topics it stands for and the rows whose changes change the label. */
  subjects: Map<string, { label: string; topicIds: string[]; dependsOn: string[] }>;
}

const SUBJECT_ENTITIES: Record<string, new () => ContentEntity> = {
  Case,
  Method,
  Study,
  Talk,
  Event,
  Workshop,
  Report,
};

/**
 * Loads comments and subjects for a batch of threads in a fixed number of queries. Authors are not read at all:
 * documents never name the people who wrote (nor their email addresses), so deleting a member changes nothing here.
 */
export async function threadExtras(
  em: EntityManager,
  tree: Map<string, TopicInfo>,
  threads: Thread[],
): Promise<ThreadExtras> {
  const extras: ThreadExtras = { comments: new Map(), subjects: new Map() };
  if (threads.length === 0) return extras;
  const rows = await em.getConnection().execute<{ thread_id: string; body: string }[]>(
    `select thread_id, body from comment
      where thread_id in (?) and deleted_at is null and hidden_at is null
      order by created_at, id`,
    [threads.map((thread) => thread.id)],
    'all',
    em.getTransactionContext(),
  );
  for (const row of rows) {
    const text = markdownToPlainText(row.body);
    if (!text) continue;
    const list = extras.comments.get(row.thread_id) ?? [];
    list.push(text);
    extras.comments.set(row.thread_id, list);
  }
  const byType = new Map<string, Set<string>>();
  for (const thread of threads) {
    const ids = byType.get(thread.subjectType) ?? new Set<string>();
    ids.add(thread.subjectId);
    byType.set(thread.subjectType, ids);
  }
  for (const [type, set] of byType) {
    const ids = [...set];
    if (type === 'Topic') {
      for (const id of ids) {
        const topic = tree.get(id);
        if (topic) extras.subjects.set(`Topic:${id}`, { label: topic.name, topicIds: [id], dependsOn: [] });
      }
    } else if (type === 'EvidenceRating') {
      const ratings = await em.find(EvidenceRating, { id: { $in: ids } }, { populate: ['method'] });
      for (const rating of ratings) {
        const method = rating.method.getEntity();
        extras.subjects.set(`EvidenceRating:${rating.id}`, {
          label: `${method.name}: ${rating.scheme} ${rating.value}`,
          topicIds: [],
          // A rating's changes are queued as its method's (search/outbox.subscriber.ts).
          dependsOn: [`Method:${method.id}`],
        });
      }
    } else if (type === 'WorkshopOutput') {
      for (const output of await em.find(WorkshopOutput, { id: { $in: ids } })) {
        const label = outputLabel(output.insight);
        extras.subjects.set(`WorkshopOutput:${output.id}`, {
          label,
          topicIds: [],
          // Its readability is the workshop's, which the subscriber copies onto the thread row without an outbox
          // entry: a change to the workshop must re-index the thread too.
          dependsOn: [`WorkshopOutput:${output.id}`, `Workshop:${output.workshop.id}`],
        });
      }
    } else if (SUBJECT_ENTITIES[type]) {
      const entity: new () => ContentEntity = SUBJECT_ENTITIES[type];
      const found: unknown[] = await em.find(entity, { id: { $in: ids } });
      for (const row of found as ContentEntity[]) {
        const { title, name } = row as unknown as { title?: string; name?: string };
        extras.subjects.set(`${type}:${row.id}`, {
          label: title ?? name ?? row.slug,
          topicIds: [],
          dependsOn: [`${type}:${row.id}`],
        });
      }
    }
  }
  return extras;
}
