import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { authorize, can } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { ContentEntity } from '../content/content.entity.js';
import { readableWhere } from '../content/content.policy.js';
import { Follow } from '../discussion/comment.entity.js';
import { Thread } from '../discussion/thread.entity.js';
import type { Workshop } from '../event/event.entity.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
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

/**
 * What is new for one member since a date, chosen by what they follow and who they are, never by popularity:
 * methods (and their evidence ratings) in the topics they follow or that they follow themselves (all methods while
 * they follow no topic); workshop outputs about talks in those topics or from organisations of their kind; and
 * discussions on what they follow or where organisations of their kind take part. Newest first, through the same
 * read rules as everywhere else.
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
  const topicIds = follows.filter((f) => f.subjectType === 'Topic').map((f) => f.subjectId);
  const followedIds = follows.map((f) => f.subjectId);
  const kind = organisation?.kind;

  const methodScope: FilterQuery<Method> =
    topicIds.length === 0 ? {} : { $or: [{ topics: { $in: topicIds } }, { id: { $in: followedIds } }] };
  const readableMethods = { $and: [readableWhere<Method>(viewer), methodScope] } as FilterQuery<Method>;

  const outputScope: FilterQuery<WorkshopOutput>[] = [
    ...(topicIds.length ? [{ talk: { topics: { $in: topicIds } } }] : []),
    ...(kind ? [{ organisation: { kind } }] : []),
  ];
  const threadScope: FilterQuery<Thread>[] = [
    ...(followedIds.length ? [{ subjectId: { $in: followedIds } }, { id: { $in: followedIds } }] : []),
    ...(kind ? [{ participantKinds: { $contains: [kind] } }] : []),
  ];
  const newest = { limit: PER_SECTION };

  const [topics, methods, evidenceRatings, workshopOutputs, threads] = await Promise.all([
    topicIds.length ? em.find(Topic, { id: { $in: topicIds } }, { orderBy: { nameDa: 'asc' } }) : [],
    em.find(
      Method,
      { $and: [readableMethods, { updatedAt: { $gte: since } }] },
      {
        ...newest,
        orderBy: { updatedAt: 'desc', id: 'asc' },
      },
    ),
    em.find(
      EvidenceRating,
      { updatedAt: { $gte: since }, method: readableMethods },
      {
        ...newest,
        orderBy: { updatedAt: 'desc', id: 'asc' },
      },
    ),
    outputScope.length && can(viewer, 'output.read')
      ? em.find(
          WorkshopOutput,
          {
            $and: [{ createdAt: { $gte: since }, workshop: readableWhere<Workshop>(viewer) }, { $or: outputScope }],
          },
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
