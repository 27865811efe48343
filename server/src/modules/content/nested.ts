import type { FilterQuery } from '@mikro-orm/postgresql';
import type { ConnectionArgs, ConnectionValue } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { NestedSpec } from '../../graphql/nested-connection.js';
import { Case } from '../case/case.entity.js';
import { Event, Workshop } from '../event/event.entity.js';
import { EvidenceRating } from '../evidence/evidence-rating.entity.js';
import { Study } from '../evidence/study.entity.js';
import { ApiToken } from '../auth/auth.entities.js';
import { Comment } from '../discussion/comment.entity.js';
import { Member } from '../member/member.entity.js';
import { Method } from '../method/method.entity.js';
import { WorkshopOutput } from '../outcome/output.entity.js';
import { Report } from '../report/report.entity.js';
import { Talk } from '../talk/talk.entity.js';
import { Topic } from '../topic/topic.entity.js';
import { Membership } from '../organisation/organisation.entity.js';
import { ContentEntity } from './content.entity.js';
import { readableWhere } from './content.policy.js';

type Child =
  | Case
  | Method
  | Study
  | Talk
  | Workshop
  | Report
  | Event
  | Topic
  | EvidenceRating
  | Membership
  | Member
  | ApiToken
  | Comment
  | WorkshopOutput;

/** The default order of each kind of nested list. */
const ORDER = new Map<unknown, NestedSpec<object>['orderBy']>([
  [Case, [['year', 'desc']]],
  [
    Method,
    [
      ['evidence_score', 'desc'],
      ['name', 'asc'],
    ],
  ],
  [Study, [['year', 'desc']]],
  [Talk, [['starts_at', 'asc']]],
  [Workshop, [['starts_at', 'asc']]],
  [Report, [['published_on', 'desc']]],
  [Event, [['starts_at', 'desc']]],
  [Topic, [['name_da', 'asc']]],
  [EvidenceRating, [['rated_on', 'desc']]],
  [Membership, [['year', 'desc']]],
  [Member, [['name', 'asc']]],
  [ApiToken, [['created_at', 'desc']]],
  [Comment, [['created_at', 'asc']]],
  [WorkshopOutput, [['created_at', 'desc']]],
]);

/**
 * A nested connection such as `method.cases`: `back` is the child's property pointing at the parent. Content
 * children are narrowed to what the viewer may read; topics, ratings and memberships follow their parent.
 */
export function nestedConnection<C extends Child>(
  ctx: Context,
  props: { child: new () => C; back: string; parentId: string; args: ConnectionArgs; where?: FilterQuery<C> },
): Promise<ConnectionValue<C>> {
  const { child, back, parentId, args } = props;
  const isContent = child.prototype instanceof ContentEntity;
  const parts = [
    ...(isContent ? [readableWhere(ctx.viewer)] : []),
    ...(props.where ? [props.where] : []),
  ] as FilterQuery<C>[];
  const spec: NestedSpec<C> = {
    child,
    back,
    orderBy: ORDER.get(child) ?? [],
    where: (parts.length ? { $and: parts } : {}) as FilterQuery<C>,
  };
  return ctx.loaders.page(`${child.name}.${back}:${JSON.stringify(props.where ?? {})}`, spec, args).load(parentId);
}
