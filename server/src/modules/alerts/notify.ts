import type { UnitOfWork } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Visibility } from '../content/content.enums.js';
import { Study } from '../evidence/study.entity.js';
import { KnowledgeGapKind } from '../gaps/gap-keys.js';
import { MEASURING_DESIGNS } from '../gaps/gap.queries.js';
import { Member } from '../member/member.entity.js';
import { Method } from '../method/method.entity.js';
import { Notification, NotificationKind } from '../notification/notification.entity.js';
import { SYSTEM_ACTOR } from '../notification/notification.commands.js';
import type { KnowledgeEvent, RatingEvent } from './events.js';
import { readersAmong, sql, type ReadableFacts } from './recipients.js';

type RowFacts = { visibility: Visibility; published_at: Date | null; owner_id: string | null };
const facts = (row: RowFacts): ReadableFacts => ({
  visibility: row.visibility,
  publishedAt: row.published_at,
  ownerId: row.owner_id,
});

/** Adds a notification to the flush under way (a subscriber may not persist through the entity manager). */
function add(em: EntityManager, uow: UnitOfWork, data: Partial<Notification> & { memberId: string }): Notification {
  const { memberId, ...rest } = data;
  const notification = Object.assign(new Notification(), rest, {
    member: em.getReference(Member, memberId, { wrapped: true }),
  });
  uow.computeChangeSet(notification);
  return notification;
}

/**
 * Followers of the method, or of a topic it is filed under (or a topic above one), who may read the method, hear of
 * a rating added or changed: the old and new grade and the source.
 */
async function ratingAlerts(em: EntityManager, uow: UnitOfWork, event: RatingEvent): Promise<Notification[]> {
  const methodId = event.rating.method.id;
  const [method] = await sql<RowFacts>(em, 'select visibility, published_at, owner_id from method where id = ?', [
    methodId,
  ]);
  if (!method) return [];
  const followers = await sql<{ member_id: string }>(
    em,
    `with recursive up(id, parent_id) as (
       select t.id, t.parent_id from topic t join method_topics mt on mt.topic_id = t.id where mt.method_id = ?
       union select t.id, t.parent_id from topic t join up on t.id = up.parent_id)
     select distinct member_id from follow where subject_id = ? or subject_id in (select id from up)`,
    [methodId, methodId],
  );
  const readers = await readersAmong(
    em,
    followers.map((f) => f.member_id),
    facts(method),
    NotificationKind.RATING_CHANGED,
  );
  return readers.map((memberId) =>
    add(em, uow, {
      memberId,
      kind: NotificationKind.RATING_CHANGED,
      method: em.getReference(Method, methodId, { wrapped: true }),
      scheme: event.rating.scheme,
      oldGrade: event.oldGrade,
      newGrade: event.newGrade,
      source: event.rating.source,
      actorName: SYSTEM_ACTOR,
    }),
  );
}

/** The gaps a published study answers: its methods', its topics', and (measuring designs) its methods' groups. */
async function gapsAnswered(em: EntityManager, study: { id: string; design: string }, methodIds?: string[]) {
  const methods = await sql<{ id: string; target_groups: string[] }>(
    em,
    methodIds
      ? 'select id, target_groups from method where id = any(?::uuid[])'
      : 'select m.id, m.target_groups from method m join method_studies ms on ms.method_id = m.id where ms.study_id = ?',
    [methodIds ? `{${methodIds.join(',')}}` : study.id],
  );
  const topics = methodIds
    ? []
    : await sql<{ topic_id: string }>(em, 'select topic_id from study_topics where study_id = ?', [study.id]);
  const keys = new Set<string>();
  for (const m of methods) keys.add(`${KnowledgeGapKind.METHOD_EVIDENCE}:${m.id}`);
  for (const t of topics) keys.add(`${KnowledgeGapKind.TOPIC_WITHOUT_STUDY}:${t.topic_id}`);
  if ((MEASURING_DESIGNS as string[]).includes(study.design)) {
    for (const m of methods) for (const g of m.target_groups) keys.add(`${KnowledgeGapKind.UNMEASURED_OUTCOME}:${g}`);
  }
  return { keys: [...keys], methodIds: methods.map((m) => m.id) };
}

/**
 * Results arrive for a knowledge gap when a study answering it is published, or a published study is linked to
 * the gap's method: the gap's followers who may read the study hear of it, once per study.
 */
async function gapResults(
  em: EntityManager,
  uow: UnitOfWork,
  study: Study,
  methodIds?: string[],
): Promise<Notification[]> {
  if (!study.publishedAt) return [];
  const { keys, methodIds: linked } = await gapsAnswered(em, study, methodIds);
  if (keys.length === 0) return [];
  const followers = await sql<{ member_id: string; gap_key: string }>(
    em,
    `select distinct on (member_id) member_id, gap_key from knowledge_gap_follow where gap_key = any(?::text[])
     order by member_id, gap_key`,
    [`{${keys.map((k) => `"${k}"`).join(',')}}`],
  );
  const gapOf = new Map(followers.map((f) => [f.member_id, f.gap_key]));
  const row = { visibility: study.visibility, publishedAt: study.publishedAt, ownerId: study.owner?.id ?? null };
  const readers = await readersAmong(em, [...gapOf.keys()], row, NotificationKind.GAP_RESULTS);
  return readers.map((memberId) => {
    const gapKey = gapOf.get(memberId)!;
    const methodId = gapKey.startsWith(KnowledgeGapKind.METHOD_EVIDENCE) ? gapKey.split(':')[1]! : null;
    return add(em, uow, {
      memberId,
      kind: NotificationKind.GAP_RESULTS,
      study: em.getReference(Study, study.id, { wrapped: true }),
      method: methodId && linked.includes(methodId) ? em.getReference(Method, methodId, { wrapped: true }) : null,
      gapKey,
      actorName: study.publisher,
    });
  });
}

/** The notifications a flush's events call for, added to the same flush. */
export async function notificationsFor(
  em: EntityManager,
  uow: UnitOfWork,
  events: KnowledgeEvent[],
): Promise<Notification[]> {
  const out: Notification[] = [];
  // Bulk writes (seeding, imports) flush many events at once: when nobody follows anything, ask nothing more.
  const [anyone] = await sql<{ follows: boolean; gaps: boolean }>(
    em,
    'select exists (select 1 from follow) as follows, exists (select 1 from knowledge_gap_follow) as gaps',
    [],
  );
  if (!anyone?.follows && !anyone?.gaps) return out;
  for (const event of events) {
    if (event.type === 'rating' && !anyone.follows) continue;
    if (event.type !== 'rating' && !anyone.gaps) continue;
    if (event.type === 'rating') out.push(...(await ratingAlerts(em, uow, event)));
    else if (event.type === 'publish' && event.entity instanceof Study)
      out.push(...(await gapResults(em, uow, event.entity)));
    else if (event.type === 'link') {
      const link = event;
      for (const studyId of link.studyIds) {
        const study = em.getUnitOfWork().getById<Study>(Study.name, studyId) ?? null;
        if (study) out.push(...(await gapResults(em, uow, study, [link.method.id])));
      }
    }
  }
  return out;
}
