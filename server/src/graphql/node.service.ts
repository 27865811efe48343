import { AuditEntry } from '../modules/audit/audit.entity.js';
import { ApiToken } from '../modules/auth/auth.entities.js';
import { can } from '../modules/auth/auth.policy.js';
import { Case } from '../modules/case/case.entity.js';
import type { ContentEntity } from '../modules/content/content.entity.js';
import { Flag } from '../modules/discussion/comment.entity.js';
import { readableComment } from '../modules/discussion/discussion.queries.js';
import { Thread } from '../modules/discussion/thread.entity.js';
import { Notification } from '../modules/notification/notification.entity.js';
import { readableNotificationWhere } from '../modules/notification/notification.policy.js';
import { readableOutputWhere, readableWhere } from '../modules/content/content.policy.js';
import { Event, Workshop } from '../modules/event/event.entity.js';
import { EvidenceRating } from '../modules/evidence/evidence-rating.entity.js';
import { Study } from '../modules/evidence/study.entity.js';
import { Member } from '../modules/member/member.entity.js';
import { Method } from '../modules/method/method.entity.js';
import { WorkshopOutput } from '../modules/outcome/output.entity.js';
import { Registration } from '../modules/registration/registration.entity.js';
import { ShareLink } from '../modules/share/share.entity.js';
import { Membership, Organisation } from '../modules/organisation/organisation.entity.js';
import { Report } from '../modules/report/report.entity.js';
import { Talk } from '../modules/talk/talk.entity.js';
import { Topic } from '../modules/topic/topic.entity.js';
import type { Context } from './context.js';

type Loadable = (ctx: Context, id: string) => Promise<object | null>;

const content =
  <T extends Case | Method | Study | Event | Workshop | Talk | Report>(entity: new () => T): Loadable =>
  (ctx, id) =>
    ctx.loaders.byId(entity as never, readableWhere(ctx.viewer)).load(id);

/** How each node type is fetched; every path goes through the same readable filter as lists do. */
const LOADERS: Record<string, Loadable> = {
  Case: content(Case),
  Method: content(Method),
  Study: content(Study),
  Event: content(Event),
  Workshop: content(Workshop),
  Talk: content(Talk),
  Report: content(Report),
  Organisation: (ctx, id) => ctx.loaders.byId(Organisation).load(id),
  Membership: (ctx, id) => ctx.loaders.byId(Membership).load(id),
  Topic: (ctx, id) => ctx.loaders.byId(Topic).load(id),
  Member: (ctx, id) =>
    can(ctx.viewer, 'member.list') ? ctx.loaders.byId(Member, { deactivatedAt: null }).load(id) : Promise.resolve(null),
  ApiToken: (ctx, id) =>
    ctx.viewer.kind === 'member'
      ? ctx.loaders.byId(ApiToken, { member: ctx.viewer.memberId }).load(id)
      : Promise.resolve(null),
  Thread: (ctx, id) => ctx.loaders.byId(Thread, readableWhere<Thread & ContentEntity>(ctx.viewer)).load(id),
  Comment: readableComment,
  Notification: (ctx, id) =>
    ctx.viewer.kind === 'member'
      ? ctx.loaders.byId(Notification, readableNotificationWhere(ctx.viewer)).load(id)
      : Promise.resolve(null),
  Flag: (ctx, id) =>
    can(ctx.viewer, 'comment.moderate')
      ? ctx.loaders.byId(Flag, { comment: { thread: readableWhere<Thread & ContentEntity>(ctx.viewer) } }).load(id)
      : Promise.resolve(null),
  AuditEntry: (ctx, id) =>
    can(ctx.viewer, 'audit.read') ? ctx.loaders.byId(AuditEntry).load(id) : Promise.resolve(null),
  // A rating is visible exactly when its method is.
  EvidenceRating: async (ctx, id) => {
    const rating = await ctx.loaders.byId(EvidenceRating).load(id);
    if (!rating) return null;
    const method = await ctx.loaders.byId(Method, readableWhere<Method>(ctx.viewer)).load(rating.method.id);
    return method ? rating : null;
  },
  WorkshopOutput: (ctx, id) => ctx.loaders.byId(WorkshopOutput, readableOutputWhere(ctx.viewer)).load(id),
  Registration: async (ctx, id) => {
    const row = await ctx.loaders.byId(Registration).load(id);
    const subject = { memberId: row?.member.id, organisationId: row?.organisation.id };
    return row && can(ctx.viewer, 'registration.read', subject) ? row : null;
  },
  ShareLink: async (ctx, id) => {
    const link = await ctx.loaders.byId(ShareLink).load(id);
    return link && can(ctx.viewer, 'share.read', { memberId: link.createdBy?.id }) ? link : null;
  },
};

/** Loads nodes by decoded global ID, batched per type; unknown types resolve to null. */
export function loadNodes(ctx: Context, ids: { type: string; id: string }[]): Promise<(object | null)[]> {
  return Promise.all(ids.map(({ type, id }) => LOADERS[type]?.(ctx, id) ?? Promise.resolve(null)));
}
