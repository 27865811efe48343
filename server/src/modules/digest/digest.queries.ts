import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { authorize, effectiveRole } from '../auth/auth.policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableOutputWhere, readableWhere } from '../content/content.policy.js';
import { Follow } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { MemberRole } from '../member/member.entity.js';
import { Method } from '../method/method.entity.js';
import { WorkshopOutput } from '../outcome/output.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Topic } from '../topic/topic.entity.js';

export const DIGEST_DAYS = 7;
const PER_SECTION = 20;

export interface DigestValue {
  since: Date;
  topics: Topic[];
  methods: Method[];
  evidenceRatings: EvidenceRating[];
  workshopOutputs: WorkshopOutput[];
  threads: Thread[];
}

/** The followed topics and every topic below them ("Læring" also covers "Læsning"). */
async function withSubtopics(em: EntityManager, topicIds: string[]): Promise<string[]> {
  if (topicIds.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `with recursive tree(id) as (select id from topic where id in (?)
       union select t.id from topic t join tree on t.parent_id = tree.id) select id from tree`,
    [topicIds],
  );
  return rows.map((row) => row.id);
}

/** Knowledge filed under the topics, whose discussions count as "in those topics". */
async function contentIn(em: EntityManager, topicIds: string[]): Promise<string[]> {
  if (topicIds.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `select method_id as id from method_topics where topic_id in (?)
     union select case_id from case_topics where topic_id in (?)
     union select talk_id from talk_topics where topic_id in (?)
     union select report_id from report_topics where topic_id in (?)`,
    [topicIds, topicIds, topicIds, topicIds],
  );
  return rows.map((row) => row.id);
}

/**
 * What is new for one member since a date, chosen by who they are and what they follow, never by popularity:
 * - the topics they follow (with the topics below them): methods filed there or followed themselves (all methods
 *   while they follow no topic) and those methods' evidence ratings; discussions on what they follow, on those
 *   topics and on knowledge filed under them;
 * - their organisation's kind: workshop outputs from organisations of that kind, discussions where such
 *   organisations take part;
 * - their role: editors and admins, who feature outputs, get every new workshop output to choose from.
 * Newest first, through the same read rules as everywhere else.
 */
export async function buildDigest(props: {
  em: EntityManager;
  viewer: Viewer;
  since?: Date | null;
}): Promise<DigestValue> {
  authorize(props.viewer, 'account.self');
  const { em, viewer } = props;
  const since = props.since ?? new Date(Date.now() - DIGEST_DAYS * 86_400_000);
  const [follows, organisation] = await Promise.all([
    em.find(Follow, { member: viewer.memberId }),
    em.findOne(Organisation, { id: viewer.organisationId }),
  ]);
  const followedTopics = follows.filter((f) => f.subjectType === 'Topic').map((f) => f.subjectId);
  const followedIds = follows.map((f) => f.subjectId);
  const topicIds = await withSubtopics(em, followedTopics);
  const inTopics = await contentIn(em, topicIds);
  const kind = organisation?.kind;
  const role = effectiveRole(viewer);
  const curates = role === MemberRole.EDITOR || role === MemberRole.ADMIN;

  const methodScope: FilterQuery<Method> =
    topicIds.length === 0 ? {} : { $or: [{ topics: { $in: topicIds } }, { id: { $in: followedIds } }] };
  const readableMethods = { $and: [readableWhere<Method>(viewer), methodScope] } as FilterQuery<Method>;

  const outputScope: FilterQuery<WorkshopOutput>[] = curates
    ? [{}]
    : [
        ...(topicIds.length ? [{ talk: { topics: { $in: topicIds } } }] : []),
        ...(kind ? [{ organisation: { kind } }] : []),
      ];
  const subjects = [...new Set([...followedIds, ...topicIds, ...inTopics])];
  const threadScope: FilterQuery<Thread>[] = [
    ...(subjects.length ? [{ subjectId: { $in: subjects } }] : []),
    ...(followedIds.length ? [{ id: { $in: followedIds } }] : []),
    ...(kind ? [{ participantKinds: { $contains: [kind] } }] : []),
  ];
  const newest = { limit: PER_SECTION };

  const [topics, methods, evidenceRatings, workshopOutputs, threads] = await Promise.all([
    followedTopics.length ? em.find(Topic, { id: { $in: followedTopics } }, { orderBy: { nameDa: 'asc' } }) : [],
    em.find(
      Method,
      { $and: [readableMethods, { updatedAt: { $gte: since } }] },
      { ...newest, orderBy: { updatedAt: 'desc', id: 'asc' } },
    ),
    em.find(
      EvidenceRating,
      { updatedAt: { $gte: since }, method: readableMethods },
      { ...newest, orderBy: { updatedAt: 'desc', id: 'asc' } },
    ),
    outputScope.length
      ? em.find(
          WorkshopOutput,
          { $and: [{ createdAt: { $gte: since } }, readableOutputWhere(viewer), { $or: outputScope }] },
          { ...newest, orderBy: { createdAt: 'desc', id: 'asc' } },
        )
      : [],
    threadScope.length
      ? em.find(
          Thread,
          {
            $and: [
              readableWhere<Thread & ContentEntity>(viewer),
              { lastActivityAt: { $gte: since } },
              { $or: threadScope },
            ],
          },
          { ...newest, orderBy: { lastActivityAt: 'desc', id: 'asc' } },
        )
      : [],
  ]);
  return { since, topics, methods, evidenceRatings, workshopOutputs, threads };
}
