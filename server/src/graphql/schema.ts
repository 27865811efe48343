import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { CaseMutations } from '../modules/case/case.mutations.js';
import { CaseResolver } from '../modules/case/case.resolver.js';
import { ContentMutations } from '../modules/content/content.resolver.js';
import { CommentResolver, FlagResolver, ThreadResolver } from '../modules/discussion/discussion.resolver.js';
import { DiscussionMutations } from '../modules/discussion/discussion.mutations.js';
import { LiveDiscussionResolver } from '../modules/discussion/live.resolver.js';
import { NotificationResolver, ViewerNotificationsResolver } from '../modules/notification/notification.resolver.js';
import { liveEvents } from '../live/pubsub.js';
import { MyDataResolver } from '../modules/privacy/my-data.resolver.js';
import { EventResolver, WorkshopResolver } from '../modules/event/event.resolver.js';
import { EvidenceRatingResolver, StudyResolver } from '../modules/evidence/study.resolver.js';
import { MemberResolver, OrganisationMembersResolver } from '../modules/member/member.resolver.js';
import { MethodResolver } from '../modules/method/method.resolver.js';
import { MembershipResolver, OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { ReportResolver } from '../modules/report/report.resolver.js';
import { SearchResolver } from '../modules/search/search.resolver.js';
import { SpeakerResolver, TalkResolver } from '../modules/talk/talk.resolver.js';
import { TopicResolver } from '../modules/topic/topic.resolver.js';
import { EventMutations, WorkshopMutations } from '../modules/event/event.mutations.js';
import { EvidenceMutations, StudyMutations } from '../modules/evidence/evidence.mutations.js';
import { MethodMutations } from '../modules/method/method.mutations.js';
import { ReportMutations } from '../modules/report/report.mutations.js';
import { TalkMutations } from '../modules/talk/talk.mutations.js';
import { TopicMutations } from '../modules/topic/topic.mutations.js';
import { answerMalformedIds } from './mutation-ids.js';
import { NodeResolver } from './node.resolver.js';
import { guardMutations } from './write-scope.js';
import { installReadPath } from './read/resolve.js';
import {
  EventRegistrationResolver,
  RegistrationResolver,
  ViewerMeetingsResolver,
} from '../modules/registration/registration.resolver.js';
import { WorkshopBriefingFieldResolver, WorkshopBriefingResolver } from '../modules/facilitation/briefing.resolver.js';
import {
  TalkOutputsFieldResolver,
  ViewerOutputsResolver,
  WorkshopOutputResolver,
  WorkshopOutputsFieldResolver,
} from '../modules/outcome/output.resolver.js';
import { ReportOutputsFieldResolver } from '../modules/outcome/report-outputs.resolver.js';
import { ShareLinkResolver, ViewerShareLinksResolver } from '../modules/share/share.resolver.js';
import { DigestResolver } from '../modules/digest/digest.resolver.js';
import { MembershipApplicationResolver, MembershipYearResolver } from '../modules/membership/membership.resolver.js';
import { InvoiceResolver } from '../modules/membership/invoice.resolver.js';
import { MembershipPaymentFieldsResolver } from '../modules/membership/payment-fields.resolver.js';
import { KnowledgeGapClaimResolver, KnowledgeGapResolver } from '../modules/gaps/gap.resolver.js';
import {
  DigestAlertsResolver,
  MethodFollowingResolver,
  NotificationAlertResolver,
  TopicFollowingResolver,
} from '../modules/alerts/alerts.resolver.js';
import { WebhookDeliveryResolver, WebhookResolver } from '../modules/webhooks/webhook.resolver.js';
import { ThreadsFieldResolvers } from '../modules/discussion/threads-field.js';
import { MailResolver } from '../modules/mail/mail.resolver.js';
import { MethodPartyResolver, MethodPracticeResolver } from '../modules/method/practice.resolver.js';
import { EvidenceSchemesResolver } from '../modules/evidence/schemes.resolver.js';

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
