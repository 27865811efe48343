import { AuditEntry } from '../modules/audit/audit.entity.js';
import { ApiToken } from '../modules/auth/auth.entities.js';
import { Case } from '../modules/case/case.entity.js';
import { Comment, Flag } from '../modules/discussion/comment.entity.js';
import { Thread } from '../modules/discussion/thread.entity.js';
import { Notification } from '../modules/notification/notification.entity.js';
import { Event, Workshop } from '../modules/event/event.entity.js';
import { EvidenceRating } from '../modules/evidence/evidence-rating.entity.js';
import { Study } from '../modules/evidence/study.entity.js';
import { Member } from '../modules/member/member.entity.js';
import { Method } from '../modules/method/method.entity.js';
import { Membership, Organisation } from '../modules/organisation/organisation.entity.js';
import { Report } from '../modules/report/report.entity.js';
import { Talk } from '../modules/talk/talk.entity.js';
import { Topic } from '../modules/topic/topic.entity.js';
import { createUnionType } from 'type-graphql';
import { connectionType } from './connection.js';

export const CaseConnection = connectionType(Case, 'Case', 'A page of practice examples.');
export const MethodConnection = connectionType(Method, 'Method', 'A page of methods.');
export const StudyConnection = connectionType(Study, 'Study', 'A page of studies.');
export const EvidenceRatingConnection = connectionType(EvidenceRating, 'EvidenceRating', 'A page of evidence ratings.');
export const EventConnection = connectionType(Event, 'Event', 'A page of events.');
export const WorkshopConnection = connectionType(Workshop, 'Workshop', 'A page of workshops.');
export const TalkConnection = connectionType(Talk, 'Talk', 'A page of talks.');
export const ReportConnection = connectionType(Report, 'Report', 'A page of reports.');
export const TopicConnection = connectionType(Topic, 'Topic', 'A page of topics.');
export const OrganisationConnection = connectionType(Organisation, 'Organisation', 'A page of organisations.');
export const MembershipConnection = connectionType(Membership, 'Membership', 'A page of memberships.');
export const MemberConnection = connectionType(Member, 'Member', 'A page of members.');
export const ApiTokenConnection = connectionType(ApiToken, 'ApiToken', 'A page of API tokens.');
export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry', 'A page of audit entries.');
export const ThreadConnection = connectionType(Thread, 'Thread', 'A page of discussion threads.');
export const CommentConnection = connectionType(Comment, 'Comment', 'A page of comments.');
export const FlagConnection = connectionType(Flag, 'Flag', 'A page of reported comments.');
export const NotificationConnection = connectionType(Notification, 'Notification', 'A page of notifications.');

/** Every content type that has a publication state, so can be a draft. */
export const CONTENT_TYPES = [Case, Method, Study, Event, Talk, Workshop, Report] as const;
export type ContentItemValue = InstanceType<(typeof CONTENT_TYPES)[number]>;

export const ContentItem = createUnionType({
  name: 'ContentItem',
  description: 'Knowledge content of any type: a case, method, study, event, talk, workshop or report.',
  types: () => CONTENT_TYPES,
  resolveType: (value) => value.constructor.name,
});
export const ContentItemConnection = connectionType<ContentItemValue>(
  ContentItem,
  'ContentItem',
  'A page of content of mixed types.',
);
