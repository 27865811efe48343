import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { liveEvents } from '../live/pubsub.js';
import { AccountResolver } from '../modules/account/account.resolver.js';
import {
    DigestAlertsResolver,
    MethodFollowingResolver,
    NotificationAlertResolver,
    TopicFollowingResolver,
} from '../modules/alerts/alerts.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CaseMutations, CaseResolver } from '../modules/case/case.resolver.js';
import { ContentMutations } from '../modules/content/content.resolver.js';
import { DigestResolver } from '../modules/digest/digest.resolver.js';
import { CommentResolver, DiscussionMutations, FlagResolver, ThreadResolver } from '../modules/discussion/discussion.resolver.js';
import { LiveDiscussionResolver } from '../modules/discussion/live.resolver.js';
import { ThreadsFieldResolvers } from '../modules/discussion/threads-field.resolver.js';
import { EventMutations, EventResolver, WorkshopMutations, WorkshopResolver } from '../modules/event/event.resolver.js';
import { EvidenceSchemesResolver } from '../modules/evidence/schemes.resolver.js';
import { EvidenceMutations, EvidenceRatingResolver, StudyMutations, StudyResolver } from '../modules/evidence/study.resolver.js';
import { WorkshopBriefingFieldResolver, WorkshopBriefingResolver } from '../modules/facilitation/briefing.resolver.js';
import { KnowledgeGapClaimResolver, KnowledgeGapResolver } from '../modules/gaps/gap.resolver.js';
import { MailResolver } from '../modules/mail/mail.resolver.js';
import { MemberResolver, OrganisationMembersResolver } from '../modules/member/member.resolver.js';
import { InvoiceResolver } from '../modules/membership/invoice.resolver.js';
import { MembershipApplicationResolver, MembershipYearResolver } from '../modules/membership/membership.resolver.js';
import { MembershipPaymentFieldsResolver } from '../modules/membership/payment-fields.resolver.js';
import { MethodMutations, MethodResolver } from '../modules/method/method.resolver.js';
import { MethodPartyResolver, MethodPracticeResolver } from '../modules/method/practice.resolver.js';
import { NotificationResolver, ViewerNotificationsResolver } from '../modules/notification/notification.resolver.js';
import { MembershipResolver, OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import {
    TalkOutputsFieldResolver,
    ViewerOutputsResolver,
    WorkshopOutputResolver,
    WorkshopOutputsFieldResolver,
} from '../modules/outcome/output.resolver.js';
import { ReportOutputsFieldResolver } from '../modules/outcome/report-outputs.resolver.js';
import { MyDataResolver } from '../modules/privacy/my-data.resolver.js';
import {
    EventRegistrationResolver,
    RegistrationResolver,
    ViewerMeetingsResolver,
} from '../modules/registration/registration.resolver.js';
import { ReportMutations, ReportResolver } from '../modules/report/report.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { ShareLinkResolver, ViewerShareLinksResolver } from '../modules/share/share.resolver.js';
import { SpeakerResolver, TalkMutations, TalkResolver } from '../modules/talk/talk.resolver.js';
import { TopicMutations, TopicResolver } from '../modules/topic/topic.resolver.js';
import { WebhookDeliveryResolver, WebhookResolver } from '../modules/webhooks/webhook.resolver.js';
import { answerMalformedIds } from './mutation-ids.js';
import { NodeResolver } from './node.resolver.js';
import { installReadPath } from './read/resolve.js';
import { guardMutations } from './write-scope.js';

export const resolvers = [
  NodeResolver,
  AccountResolver,
  OrganisationResolver,
  MembershipResolver,
  TopicResolver,
  CaseResolver,
  MethodResolver,
  StudyResolver,
  EvidenceRatingResolver,
  EventResolver,
  WorkshopResolver,
  TalkResolver,
  SpeakerResolver,
  ReportResolver,
  AuthResolver,
  MemberResolver,
  OrganisationMembersResolver,
  AuditResolver,
  ContentMutations,
  CaseMutations,
  MethodMutations,
  StudyMutations,
  EvidenceMutations,
  EventMutations,
  WorkshopMutations,
  TalkMutations,
  ReportMutations,
  TopicMutations,
  ThreadResolver,
  CommentResolver,
  FlagResolver,
  DiscussionMutations,
  LiveDiscussionResolver,
  NotificationResolver,
  ViewerNotificationsResolver,
  MyDataResolver,
  SearchResolver,
  RegistrationResolver,
  EventRegistrationResolver,
  ViewerMeetingsResolver,
  WorkshopBriefingResolver,
  WorkshopBriefingFieldResolver,
  WorkshopOutputResolver,
  WorkshopOutputsFieldResolver,
  TalkOutputsFieldResolver,
  ViewerOutputsResolver,
  ReportOutputsFieldResolver,
  ShareLinkResolver,
  ViewerShareLinksResolver,
  DigestResolver,
  ...ThreadsFieldResolvers,
  MailResolver,
  MembershipApplicationResolver,
  MembershipYearResolver,
  InvoiceResolver,
  MembershipPaymentFieldsResolver,
  KnowledgeGapResolver,
  KnowledgeGapClaimResolver,
  MethodFollowingResolver,
  TopicFollowingResolver,
  NotificationAlertResolver,
  DigestAlertsResolver,
  WebhookResolver,
  WebhookDeliveryResolver,
  MethodPracticeResolver,
  MethodPartyResolver,
  EvidenceSchemesResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process (type-graphql's metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub: liveEvents }).then((schema) => {
    const query = schema.getQueryType();
    if (query)
      query.description = 'Vidensbro: research and documented practice for people who work with vulnerable children.';
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = 'Changes: signing in, tokens, members, and editing the knowledge base.';
    const subscription = schema.getSubscriptionType();
    if (subscription)
      subscription.description = 'Live updates over graphql-ws at /graphql: new comments and notifications.';
    return installReadPath(guardMutations(answerMalformedIds(schema)));
  });
  return built;
}
